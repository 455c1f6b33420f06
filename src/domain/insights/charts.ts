import { FEWER_THAN_3, percent } from './groups.js';
import type { Insights } from './insights.js';
import { sectorLabel } from './sectors.js';

/** What a chart shows, independent of how it is drawn: the renderer turns it into a PNG. */
export interface ChartSpec {
  id: 'participation' | 'milestones' | 'blockers';
  title: string;
  /** One plain-language sentence under the chart, and its alt text. */
  takeaway: string;
  categories: string[];
  series: Array<{ name: string; values: Array<number | null>; emphasis?: boolean; dashed?: boolean }>;
  unit: 'percent' | 'count';
}

export const TREND_CYCLES = 12;
// Okabe–Ito has seven colours besides black; the overall line takes black, so at most seven sectors are drawn.
const MAX_SECTOR_LINES = 7;

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function participationTakeaway(rates: number[]): string {
  if (rates.length === 0)
    return `No cycle had enough people asked to show a rate (groups of ${FEWER_THAN_3} are hidden).`;
  const average = `On average ${percent(mean(rates))} of those asked answered`;
  if (rates.length < 4) return `${average}.`;
  const half = Math.floor(rates.length / 2);
  const change = mean(rates.slice(half)) - mean(rates.slice(0, half));
  if (Math.abs(change) < 0.03) return `${average}, steady across these cycles.`;
  return `${average}, ${change > 0 ? 'up' : 'down'} ${percent(Math.abs(change))} points in the later cycles.`;
}

/** Participation over the last twelve cycles, overall and by sector; hidden small groups leave gaps. */
export function participationChart(insights: Insights): ChartSpec {
  const cycles = insights.participation.byCycle.slice(-TREND_CYCLES);
  const sectors = [
    ...new Set(
      cycles.flatMap((cycle) => cycle.bySector.filter((entry) => entry.rate.shown).map((entry) => entry.sector)),
    ),
  ].slice(0, MAX_SECTOR_LINES);
  const overall = cycles.map((cycle) => cycle.overall.rate ?? null);
  return {
    id: 'participation',
    title: 'Check-in participation by sector',
    takeaway: participationTakeaway(overall.filter((rate): rate is number => rate !== null)),
    categories: cycles.map((cycle) => cycle.cycleDate),
    series: [
      { name: 'All partners', values: overall, emphasis: true },
      ...sectors.map((sector) => ({
        name: sectorLabel(sector),
        values: cycles.map((cycle) => cycle.bySector.find((entry) => entry.sector === sector)?.rate.rate ?? null),
      })),
    ],
    unit: 'percent',
  };
}

export function milestoneChart(insights: Insights): ChartSpec {
  const { burnUp, reachedInPeriod, pastTarget, total } = insights.milestones;
  const takeaway =
    total === 0
      ? 'No milestones have been set yet.'
      : `${reachedInPeriod} milestone${reachedInPeriod === 1 ? '' : 's'} reached in this period` +
        (pastTarget ? `; ${pastTarget} past its target date still open.` : ', none open past its target date.');
  return {
    id: 'milestones',
    title: 'Milestones reached against their target dates',
    takeaway,
    categories: burnUp.map((point) => point.month),
    series: [
      { name: 'Planned by target date', values: burnUp.map((point) => point.planned), dashed: true },
      { name: 'Reached', values: burnUp.map((point) => point.reached), emphasis: true },
    ],
    unit: 'count',
  };
}

export function blockerChart(insights: Insights): ChartSpec {
  const { raised, resolved, stillOpen, medianDaysToResolve, series } = insights.blockers;
  const speed = medianDaysToResolve === undefined ? '' : ` (half within ${Math.ceil(medianDaysToResolve)} days)`;
  return {
    id: 'blockers',
    title: 'Blockers open and resolved',
    takeaway:
      raised === 0
        ? 'No blockers were raised in this period.'
        : `${raised} blocker${raised === 1 ? '' : 's'} raised, ${resolved} resolved${speed}, ${stillOpen} still open.`,
    categories: series.map((point) => point.date),
    series: [
      { name: 'Open', values: series.map((point) => point.open), emphasis: true },
      { name: 'Resolved so far', values: series.map((point) => point.resolved), dashed: true },
    ],
    unit: 'count',
  };
}

export function allCharts(insights: Insights): ChartSpec[] {
  return [participationChart(insights), milestoneChart(insights), blockerChart(insights)];
}
