// The check-in heartbeat at 1,000 and 10,000 people in 100 coalitions: one beat at a quiet minute, the minute
// before a cycle (when the old planner recomputed every member's times) and a due minute (1% of people due).
import { performance } from 'node:perf_hooks';
import { createCycleHarness } from '../test/helpers/cycle-harness.js';
import { FIRST_DUE_MINUTE, SEEDED_AT, seedCoalitions } from '../test/helpers/tick-world.js';
import { median, ms } from './stats.js';

const COALITIONS = 100;
const SAMPLES = 15;
const MINUTE = 60_000;

export interface TickFigures {
  people: number;
  quietMs: number;
  beforeCycleMs: number;
  dueMs: number;
  duePerMinute: number;
}

async function timeBeats(beat: (at: Date) => Promise<unknown>, minutes: Date[]): Promise<number> {
  const times: number[] = [];
  for (const at of minutes) {
    const started = performance.now();
    await beat(at);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function measure(people: number): Promise<TickFigures> {
  const harness = createCycleHarness(SEEDED_AT);
  try {
    seedCoalitions(harness.repos, { coalitions: COALITIONS, peoplePerCoalition: people / COALITIONS });
    await harness.beat(SEEDED_AT);
    const repeat = (at: Date) => Array.from({ length: SAMPLES }, () => at);
    const quietMs = await timeBeats(harness.beat, repeat(new Date('2026-11-25T12:00:00Z')));
    const beforeCycleMs = await timeBeats(harness.beat, repeat(new Date(FIRST_DUE_MINUTE.getTime() - MINUTE)));
    // Each minute from 09:00 one more coalition (1% of the people) is due and prompted.
    const dueMinutes = Array.from(
      { length: SAMPLES },
      (_, index) => new Date(FIRST_DUE_MINUTE.getTime() + index * MINUTE),
    );
    const sentBefore = harness.sent.length;
    const dueMs = await timeBeats(harness.beat, dueMinutes);
    return { people, quietMs, beforeCycleMs, dueMs, duePerMinute: (harness.sent.length - sentBefore) / SAMPLES };
  } finally {
    harness.close();
  }
}

/** Prints one line per size and returns the figures (goal: under 10 ms at every minute; due cost grows with due). */
export async function benchTick(): Promise<TickFigures[]> {
  const figures: TickFigures[] = [];
  for (const people of [1_000, 10_000]) {
    const result = await measure(people);
    figures.push(result);
    console.log(
      `tick ${people} people: quiet ${ms(result.quietMs)}, minute before a cycle ${ms(result.beforeCycleMs)}, ` +
        `due minute ${ms(result.dueMs)} (${result.duePerMinute} prompted)`,
    );
  }
  return figures;
}
