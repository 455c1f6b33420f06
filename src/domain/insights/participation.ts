import { type MaskedRate, maskedRate } from './groups.js';
import { inSectorOrder } from './sectors.js';

/**
 * One person's part in one cycle, as stored: a response status ('answered', 'skipped', 'away', and any status
 * added later such as 'not_yet_scheduled'), or 'missed' when a prompt went out and nothing came back.
 */
export interface ParticipationRecord {
  cycleDate: string;
  personId: number;
  sector: string | null;
  status: string;
}

/** Who counts as prompted: people asked and able to answer. Away, not yet scheduled and unknown statuses do not. */
const PROMPTED = new Set(['answered', 'skipped', 'missed']);

export function countsAsPrompted(status: string): boolean {
  return PROMPTED.has(status);
}

export interface SectorRate {
  sector: string | null;
  rate: MaskedRate;
}

export interface CycleParticipation {
  cycleDate: string;
  overall: MaskedRate;
  bySector: SectorRate[];
}

function rateOf(records: ParticipationRecord[]): MaskedRate {
  const prompted = records.filter((record) => countsAsPrompted(record.status));
  const answered = prompted.filter((record) => record.status === 'answered').length;
  return maskedRate(answered, prompted.length, new Set(prompted.map((record) => record.personId)).size);
}

function bySector(records: ParticipationRecord[]): SectorRate[] {
  const groups = new Map<string | null, ParticipationRecord[]>();
  for (const record of records) {
    if (!countsAsPrompted(record.status)) continue;
    groups.set(record.sector, [...(groups.get(record.sector) ?? []), record]);
  }
  return inSectorOrder(groups.entries(), ([sector]) => sector).map(([sector, group]) => ({
    sector,
    rate: rateOf(group),
  }));
}

/** Answered / prompted for each cycle, in date order, overall and by sector. */
export function participationByCycle(records: ParticipationRecord[]): CycleParticipation[] {
  const byCycle = new Map<string, ParticipationRecord[]>();
  for (const record of records) {
    const list = byCycle.get(record.cycleDate);
    if (list) list.push(record);
    else byCycle.set(record.cycleDate, [record]);
  }
  return [...byCycle.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cycleDate, cycle]) => ({ cycleDate, overall: rateOf(cycle), bySector: bySector(cycle) }));
}

/** The whole period at once: every prompt counts once, so a mid-year joiner weighs only the cycles they were in. */
export function participationOverall(records: ParticipationRecord[]): { overall: MaskedRate; bySector: SectorRate[] } {
  return { overall: rateOf(records), bySector: bySector(records) };
}
