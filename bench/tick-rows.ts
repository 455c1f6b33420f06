import type { BenchOptions, BenchRow } from './results.js';

interface TickFigures {
  people: number;
  quietMs: number;
  beforeCycleMs: number;
  dueMs: number;
  duePerMinute: number;
}

const GOAL_MS = 10;
// bench/tick.ts belongs to the heartbeat work (issue 13, point 2) and lands on its own; until then this row says so.
const TICK_MODULE = './tick.js';

/** The heartbeat at 1,000 and 10,000 people (bench/tick.ts), as rows of the one table. */
export async function benchTickRows(_options: BenchOptions): Promise<BenchRow[]> {
  const loaded = (await import(TICK_MODULE).catch(() => undefined)) as
    | { benchTick: () => Promise<TickFigures[]> }
    | undefined;
  if (!loaded) return [{ bench: 'tick', what: 'bench/tick.ts is not merged yet', app: Number.NaN, unit: '' }];
  const rows: BenchRow[] = [];
  for (const figures of await loaded.benchTick()) {
    const row = (what: string, value: number): BenchRow => ({
      bench: 'tick',
      what: `${figures.people.toLocaleString('en-GB')} people, ${what}`,
      app: value,
      unit: 'ms',
      goal: `< ${GOAL_MS} ms`,
      met: value < GOAL_MS,
    });
    rows.push(row('quiet minute', figures.quietMs), row('minute before a cycle', figures.beforeCycleMs));
    rows.push({
      ...row(`due minute (${figures.duePerMinute} prompted)`, figures.dueMs),
      goal: 'O(due)',
      met: undefined,
    });
  }
  return rows;
}
