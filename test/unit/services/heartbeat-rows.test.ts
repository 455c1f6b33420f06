import { afterEach, describe, expect, it } from 'vitest';
import { createCountingDb } from '../../helpers/counting-db.js';
import { type CycleHarness, createCycleHarness } from '../../helpers/cycle-harness.js';
import { FIRST_DUE_MINUTE, SEEDED_AT, seedCoalitions } from '../../helpers/tick-world.js';

const MINUTE = 60_000;
const PER_COALITION = 25;
const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const world of opened.splice(0)) world.close();
});

/** A world of `coalitions` × `people` (25 unless told), and a function counting the rows one beat at `at` reads. */
async function world(coalitions: number, people = PER_COALITION) {
  const db = createCountingDb();
  const harness: CycleHarness = createCycleHarness(SEEDED_AT, db);
  opened.push(harness);
  seedCoalitions(db.repos, { coalitions, peoplePerCoalition: people });
  await harness.beat(SEEDED_AT); // the first beat of a process backfills plans once
  return async (at: Date) => {
    db.reset();
    const report = await harness.beat(at);
    return { ...db.read(), report, sent: harness.sent.length };
  };
}

describe('a heartbeat reads only the rows that are due', () => {
  it('reads nothing at a quiet minute or the minute before a cycle, however many people there are', async () => {
    for (const coalitions of [8, 16]) {
      const beat = await world(coalitions);
      const quiet = await beat(new Date('2026-11-25T12:00:00Z'));
      const before = await beat(new Date(FIRST_DUE_MINUTE.getTime() - MINUTE));
      expect(quiet.rows, quiet.queries.join('\n')).toBe(0);
      expect(before.rows, before.queries.join('\n')).toBe(0);
    }
  });

  it('reads the same rows at a due minute whether 200 or 400 people are not due, and only for those due', async () => {
    const small = await world(8);
    const large = await world(16);
    await small(new Date(FIRST_DUE_MINUTE.getTime() - MINUTE));
    await large(new Date(FIRST_DUE_MINUTE.getTime() - MINUTE));
    const inSmall = await small(FIRST_DUE_MINUTE);
    const inLarge = await large(FIRST_DUE_MINUTE);
    // One coalition (25 people) is due at 09:00: each is admitted to the cycle and prompted.
    expect(inSmall.report.plansRead).toBe(PER_COALITION);
    expect(inLarge.report.plansRead).toBe(PER_COALITION);
    expect(inSmall.sent).toBe(PER_COALITION);
    expect(inLarge.sent).toBe(PER_COALITION);
    expect(inLarge.rows).toBe(inSmall.rows);
    // A bounded number of rows per person due (plan, person, cycle, outbox row, response check …), not per member.
    expect(inSmall.rows).toBeLessThanOrEqual(PER_COALITION * 12 + 10);
    // The next minute the following coalition is due, the one before reads nothing more than its own.
    const next = await large(new Date(FIRST_DUE_MINUTE.getTime() + MINUTE));
    expect(next.report.plansRead).toBe(PER_COALITION);
  });

  it('prompts everyone due at the same minute in that beat, beyond one batch of plans', async () => {
    const beat = await world(1, 1_100);
    const due = await beat(FIRST_DUE_MINUTE);
    expect(due.report.plansRead).toBe(1_100);
    expect(due.sent).toBe(1_100);
  }, 60_000);
});
