import type { Period } from './period.js';

export interface BlockerRecord {
  raisedOn: string;
  raisedAt: Date;
  resolvedAt: Date | null;
  offers: number;
}

export interface BlockerSummary {
  raised: number;
  offeredHelp: number;
  resolved: number;
  stillOpen: number;
  /** Median days from raised to resolved, over those resolved; undefined when none were. */
  medianDaysToResolve: number | undefined;
  /** Age in days of the oldest blocker still open at `now`. */
  oldestOpenDays: number | undefined;
}

const DAY_MS = 86_400_000;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

/** Blockers raised in the period: how many found an offer of help, how many were resolved and how long it took. */
export function blockerSummary(blockers: BlockerRecord[], period: Period, now: Date): BlockerSummary {
  const raised = blockers.filter((blocker) => blocker.raisedOn >= period.fromDate && blocker.raisedOn <= period.toDate);
  const resolved = raised.filter((blocker) => blocker.resolvedAt !== null && blocker.resolvedAt <= now);
  const open = raised.filter((blocker) => blocker.resolvedAt === null || blocker.resolvedAt > now);
  const oldest = Math.min(...open.map((blocker) => blocker.raisedAt.getTime()));
  return {
    raised: raised.length,
    offeredHelp: raised.filter((blocker) => blocker.offers > 0).length,
    resolved: resolved.length,
    stillOpen: open.length,
    medianDaysToResolve: median(
      resolved.map((blocker) => ((blocker.resolvedAt?.getTime() ?? 0) - blocker.raisedAt.getTime()) / DAY_MS),
    ),
    oldestOpenDays: open.length ? Math.floor((now.getTime() - oldest) / DAY_MS) : undefined,
  };
}

export interface BlockerPoint {
  date: string;
  open: number;
  resolved: number;
}

/** At the end of each cycle date: blockers open then, and blockers resolved so far (cumulative). */
export function blockerSeries(blockers: BlockerRecord[], cycleEnds: Array<{ date: string; at: Date }>): BlockerPoint[] {
  return cycleEnds.map(({ date, at }) => ({
    date,
    open: blockers.filter(
      (blocker) => blocker.raisedAt <= at && (blocker.resolvedAt === null || blocker.resolvedAt > at),
    ).length,
    resolved: blockers.filter((blocker) => blocker.resolvedAt !== null && blocker.resolvedAt <= at).length,
  }));
}
