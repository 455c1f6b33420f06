import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

let world: TestWorld;
const PARTNERS = ['U0COORD', 'U0PA', 'U0PB', 'U0PC'];

async function tickAt(at: string) {
  world.clock.set(at);
  await world.app.tick(new Date(at));
  await world.settle();
}

async function answer(userId: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text: 'checkin' });
  await world.settle();
  const view = world.sim.views().at(-1)?.view;
  await world.driver.viewSubmission({
    userId,
    view: view as never,
    values: { q_progress: { answer: { type: 'plain_text_input', value: 'Met the school leads' } } },
  });
  await world.settle();
}

async function runCycle(monday: string, wednesday: string) {
  await tickAt(`${monday}T09:00:00Z`);
  for (const partner of PARTNERS.slice(0, 3)) await answer(partner);
  await tickAt(`${wednesday}T09:05:00Z`);
}

const digestTs = () =>
  world.sim
    .messages({ channel: COALITION_CHANNEL, kind: 'message' })
    .filter((message) => !message.thread_ts && /check-in for/.test(JSON.stringify(message.blocks)))
    .map((message) => message.ts);

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-12-01T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(
    world,
    PARTNERS.map((id) => ({ id, tz: 'Europe/London' })),
  );
});
afterEach(async () => {
  await world.close();
});

describe('the participation chart in the digest thread', () => {
  it('goes with the first digest of a month, and not with the next one that month', async () => {
    await runCycle('2026-12-07', '2026-12-09');
    await runCycle('2026-12-14', '2026-12-16');
    const [first, second] = digestTs();
    expect(first && second).toBeTruthy();
    const charts = world.sim.uploads().filter((upload) => upload.filename === 'chart-participation.png');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ channel_id: COALITION_CHANNEL, thread_ts: first });
    expect(charts[0]?.initial_comment).toMatch(/^This month’s participation: On average \d+% of those asked answered/);
  });
});
