import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beatAt } from '../helpers/beat.js';
import { COALITION_CHANNEL, dmOwners, isHello, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

/** Setup's welcome and hello DMs are not what these tests count. */
const notHello = (message: { metadata?: unknown }) => !isHello(message);

let world: TestWorld;

const tickAt = (at: string) => beatAt(world, at);

function dmsTo(userId: string) {
  const owners = dmOwners(world.sim);
  return world.sim
    .messages({ kind: 'message' })
    .filter(notHello)
    .filter((message) => owners.get(message.channel) === userId);
}

function latestCycle() {
  const coalition = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);
  return world.app.repos.cycles.latest(coalition?.id ?? 0);
}

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0ANNA', tz: 'Europe/London' },
  ]);
});
afterEach(async () => {
  await world.close();
});

describe('after downtime', () => {
  it('sends a prompt still inside its window late, saying so, and plans its reminder from that moment', async () => {
    await tickAt('2026-11-30T08:55:00Z');
    // Down from Monday 08:55 until Tuesday 12:00: the 09:00 prompt and Tuesday 09:00 reminder were missed.
    await tickAt('2026-12-01T12:00:00Z');
    const toAnna = dmsTo('U0ANNA');
    expect(toAnna).toHaveLength(1);
    expect(toAnna[0]?.text).toMatch(/check-in/);
    expect(JSON.stringify(toAnna[0]?.blocks)).toMatch(/Sorry this is late/);
    const cycle = latestCycle();
    const sentAt = Date.parse('2026-12-01T12:00:00Z');
    const reminders = world.app.repos.deliveries
      .listForCycle(cycle?.id ?? 0)
      .filter((delivery) => delivery.kind === 'reminder');
    // Tuesday's 09:00 reminder was never planned: the reminder goes midway between the late prompt and the close
    // (Wed 09:00), moved out of quiet hours: Wednesday 08:00, pending, never at once.
    expect(reminders.map((delivery) => [delivery.status, delivery.dueAt.toISOString()])).toEqual([
      ['pending', '2026-12-02T08:00:00.000Z'],
      ['pending', '2026-12-02T08:00:00.000Z'],
    ]);
    for (const reminder of reminders) {
      expect(reminder.dueAt.getTime()).toBeGreaterThanOrEqual(sentAt + 2 * 3_600_000);
      expect(reminder.dueAt.getTime()).toBeLessThan(reminder.expiresAt.getTime());
    }
  });

  it('runs an overdue close, and sends nothing for a window that passed while down', async () => {
    await tickAt('2026-11-30T08:59:00Z');
    expect(latestCycle()).toBeUndefined();
    await tickAt('2026-11-30T09:00:00Z');
    const dmsOnly = () =>
      world.sim
        .messages({ kind: 'message' })
        .filter(notHello)
        .filter((sent) => sent.channel !== COALITION_CHANNEL);
    const sentBefore = dmsOnly().length;
    await tickAt('2026-12-03T10:00:00Z');
    expect(latestCycle()).toMatchObject({ status: 'closed', cycleDate: '2026-11-30' });
    expect(dmsOnly()).toHaveLength(sentBefore);
    // The close ran: the (empty) cycle's digest went to the channel.
    expect(world.sim.messages({ channel: COALITION_CHANNEL, kind: 'message' }).filter(notHello)).toHaveLength(1);
  });
});

describe('a digest Slack refuses at first', () => {
  it('is posted on a later beat, once', async () => {
    await tickAt('2026-11-30T09:00:00Z');
    world.sim.injectFault({
      method: 'chat.postMessage',
      when: (args) => args.channel === COALITION_CHANNEL,
      status: 500,
      times: 3,
    });
    await tickAt('2026-12-02T09:00:00Z');
    expect(world.sim.messages({ channel: COALITION_CHANNEL, kind: 'message' }).filter(notHello)).toHaveLength(0);
    for (const at of ['2026-12-02T09:01:00Z', '2026-12-02T09:03:00Z', '2026-12-02T09:10:00Z']) await tickAt(at);
    const digests = world.sim
      .messages({ channel: COALITION_CHANNEL, kind: 'message' })
      .filter(notHello)
      .filter((message) => !message.thread_ts);
    expect(digests).toHaveLength(1);
  });
});
