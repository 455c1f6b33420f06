import type { Period } from './period.js';

export interface MilestoneRecord {
  ref: string;
  title: string;
  target: number;
  progress: number;
  dueDate: string | null;
  reachedOn: string | null;
}

export interface BurnUpPoint {
  month: string;
  /** Milestones whose target date falls on or before the end of this month. */
  planned: number;
  /** Milestones reached by the end of this month. */
  reached: number;
}

/** The months of a period, YYYY-MM, first to last. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.fromDate.slice(0, 4));
  let month = Number(period.fromDate.slice(5, 7));
  const last = period.toDate.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Burn-up: reached milestones against the plan their target dates make, month by month. */
export function milestoneBurnUp(milestones: MilestoneRecord[], period: Period): BurnUpPoint[] {
  return monthsOf(period).map((month) => ({
    month,
    planned: milestones.filter((milestone) => milestone.dueDate !== null && milestone.dueDate.slice(0, 7) <= month)
      .length,
    reached: milestones.filter((milestone) => milestone.reachedOn !== null && milestone.reachedOn.slice(0, 7) <= month)
      .length,
  }));
}

export interface MilestoneSummary {
  reachedInPeriod: number;
  reachedByTarget: number;
  reachedLate: number;
  /** Still open with a target date already passed. */
  pastTarget: number;
  open: number;
}

export function milestoneSummary(milestones: MilestoneRecord[], period: Period, today: string): MilestoneSummary {
  const reached = milestones.filter(
    (milestone) =>
      milestone.reachedOn !== null && milestone.reachedOn >= period.fromDate && milestone.reachedOn <= period.toDate,
  );
  const open = milestones.filter((milestone) => milestone.reachedOn === null);
  return {
    reachedInPeriod: reached.length,
    reachedByTarget: reached.filter((m) => m.dueDate === null || (m.reachedOn ?? '') <= m.dueDate).length,
    reachedLate: reached.filter((m) => m.dueDate !== null && (m.reachedOn ?? '') > m.dueDate).length,
    pastTarget: open.filter((m) => m.dueDate !== null && m.dueDate < today).length,
    open: open.length,
  };
}
