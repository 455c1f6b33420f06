import {
  type BlockerPoint,
  type BlockerRecord,
  type BlockerSummary,
  blockerSeries,
  blockerSummary,
} from './blockers.js';
import { type CelebrationCounts, type CelebrationRecord, celebrationCounts } from './celebrations.js';
import type { MaskedRate } from './groups.js';
import {
  type BurnUpPoint,
  type MilestoneRecord,
  type MilestoneSummary,
  milestoneBurnUp,
  milestoneSummary,
} from './milestones.js';
import {
  type CycleParticipation,
  type ParticipationRecord,
  participationByCycle,
  participationOverall,
  type SectorRate,
} from './participation.js';
import type { Period } from './period.js';
import { type SectorTasks, type TaskFigures, type TaskRecord, taskInsights } from './tasks.js';

/** Everything the insights read, already gathered from storage; `today` is on the coalition's calendar. */
export interface InsightsInput {
  coalitionName: string;
  period: Period;
  now: Date;
  today: string;
  participation: ParticipationRecord[];
  /** When each cycle in the period closes (or closed), for the blockers-over-time series. */
  cycleEnds: Array<{ date: string; at: Date }>;
  blockers: BlockerRecord[];
  tasks: TaskRecord[];
  milestones: MilestoneRecord[];
  celebrations: CelebrationRecord[];
}

export interface Insights {
  coalitionName: string;
  period: Period;
  participation: {
    byCycle: CycleParticipation[];
    overall: MaskedRate;
    bySector: SectorRate[];
  };
  blockers: BlockerSummary & { series: BlockerPoint[] };
  tasks: { overall: TaskFigures; bySector: SectorTasks[] };
  milestones: MilestoneSummary & { burnUp: BurnUpPoint[]; total: number };
  celebrations: CelebrationCounts;
}

const inside = (period: Period) => (date: string) => date >= period.fromDate && date <= period.toDate;

export function computeInsights(input: InsightsInput): Insights {
  const within = inside(input.period);
  const participation = input.participation.filter((record) => within(record.cycleDate));
  const reportEnd = input.period.toDate < input.today ? input.period.toDate : input.today;
  return {
    coalitionName: input.coalitionName,
    period: input.period,
    participation: { byCycle: participationByCycle(participation), ...participationOverall(participation) },
    blockers: {
      ...blockerSummary(input.blockers, input.period, input.now),
      series: blockerSeries(
        input.blockers,
        input.cycleEnds.filter((end) => within(end.date) && end.at <= input.now),
      ),
    },
    tasks: taskInsights(input.tasks, input.period, input.today),
    milestones: {
      ...milestoneSummary(input.milestones, input.period, input.today),
      burnUp: milestoneBurnUp(input.milestones, { fromDate: input.period.fromDate, toDate: reportEnd }),
      total: input.milestones.length,
    },
    celebrations: celebrationCounts(input.celebrations, input.period),
  };
}
