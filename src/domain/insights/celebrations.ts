import type { Period } from './period.js';

export interface CelebrationRecord {
  kind: string;
  on: string;
  reactions: number;
}

export interface CelebrationCounts {
  kudos: number;
  milestones: number;
  winsShared: number;
  /** Reactions people added to all of those: how much the coalition celebrated together. */
  reactions: number;
}

/** Counts only: who received kudos most is never shown, so nobody is ranked. */
export function celebrationCounts(records: CelebrationRecord[], period: Period): CelebrationCounts {
  const inside = records.filter((record) => record.on >= period.fromDate && record.on <= period.toDate);
  const count = (kind: string) => inside.filter((record) => record.kind === kind).length;
  return {
    kudos: count('kudos'),
    milestones: count('milestone'),
    winsShared: count('win'),
    reactions: inside.reduce((sum, record) => sum + record.reactions, 0),
  };
}
