import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SlackSimulator, startSlackSimulator } from '../../src/simulator/index.js';
import { COALITION_CHANNEL, dmOwners, isHello, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

const PARTNERS = [
  { id: 'U0COORD', tz: 'Europe/London' },
  { id: 'U0ANNA', tz: 'Europe/London' },
];
let sim: SlackSimulator;
let folder: string;
let world: TestWorld | undefined;

const mode = (path: string) => statSync(path).mode & 0o777;

async function tickAt(at: string) {
  world?.clock.set(at);
  await world?.app.tick(new Date(at));
}

/** Anna's prompt for this cycle, and the "I'm away" form it opens. */
async function openAwayForm() {
  if (!world) throw new Error('no world');
  const owners = dmOwners(world.sim);
  const prompt = world.sim
    .messages({ kind: 'message' })
    .find((message) => owners.get(message.channel) === 'U0ANNA' && message.metadata !== undefined && !isHello(message));
  const value = /"action_id":"checkin_away_open","value":"(\d+)"/.exec(JSON.stringify(prompt?.blocks))?.[1] ?? '';
  await world.driver.blockAction({
    userId: 'U0ANNA',
    actions: [{ action_id: 'checkin_away_open', value }],
    channelId: prompt?.channel,
    messageTs: prompt?.ts,
  });
  await world.settle();
  return world.sim.views().at(-1)?.view;
}

beforeAll(async () => {
  sim = await startSlackSimulator();
  folder = mkdtempSync(join(tmpdir(), 'coalition-lifecycle-'));
});
afterEach(async () => {
  await world?.close();
  world = undefined;
  sim.clearFaults();
});
afterAll(async () => {
  await sim.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('files private by default', () => {
  it.each([0o000, 0o022])(
    'makes the folder 0700 and the database, -wal and -shm 0600 under umask %o',
    async (umask) => {
      const previous = process.umask(umask);
      try {
        const path = join(folder, `umask-${umask}`, 'data', 'coalition.db');
        world = await startTestWorld({ sim, databasePath: path, overrides: { startScheduler: false } });
        await setUpCoalition(world, PARTNERS);
        expect(mode(join(folder, `umask-${umask}`, 'data'))).toBe(0o700);
        for (const file of [path, `${path}-wal`, `${path}-shm`]) expect([file, mode(file)]).toEqual([file, 0o600]);
      } finally {
        process.umask(previous);
      }
    },
  );

  it('tightens a data folder and database that already exist with open modes', async () => {
    const data = join(folder, 'existing');
    mkdirSync(data, { mode: 0o777 });
    chmodSync(data, 0o755);
    world = await startTestWorld({
      sim,
      databasePath: join(data, 'coalition.db'),
      overrides: { startScheduler: false },
    });
    await world.close();
    chmodSync(join(data, 'coalition.db'), 0o644);
    world = await startTestWorld({
      sim,
      databasePath: join(data, 'coalition.db'),
      overrides: { startScheduler: false },
    });
    expect(mode(data)).toBe(0o700);
    expect(mode(join(data, 'coalition.db'))).toBe(0o600);
  });
});

describe('lifecycle', () => {
  it('stops the scheduler, then the receiver, then drains in-flight work, then closes the database', async () => {
    world = await startTestWorld({ sim, overrides: { startScheduler: true } });
    await world.close();
    const steps = world.logs.map((line) => JSON.parse(line).step).filter(Boolean);
    expect(steps).toEqual(['scheduler', 'receiver', 'drain', 'database']);
    world = undefined;
  });

  it('acks the away form before it calls Slack, and stop() waits for that call before closing the database', async () => {
    world = await startTestWorld({ sim, overrides: { startScheduler: false } });
    await setUpCoalition(world, PARTNERS);
    await tickAt('2026-11-30T08:00:00Z');
    await tickAt('2026-11-30T09:00:00Z');
    const view = await openAwayForm();
    sim.injectFault({ method: 'chat.update', delayMs: 1500, times: 1 });
    const started = Date.now();
    const result = await world.driver.viewSubmission({
      userId: 'U0ANNA',
      view: view as never,
      values: { away_until: { until: { type: 'datepicker', selected_date: '2026-12-04' } } },
    });
    const answeredIn = Date.now() - started;
    expect(result.status).toBe(200);
    expect(answeredIn).toBeLessThan(1000);
    await world.close();
    expect(sim.calls('chat.update').some((call) => JSON.stringify(call.args).includes('away'))).toBe(true);
    expect(world.logs.some((line) => /stopped with work still in flight/.test(line))).toBe(false);
    world = undefined;
  });

  it('previews a digest without recording anything; posting it records the blocker', async () => {
    world = await startTestWorld({ sim, overrides: { startScheduler: false } });
    await setUpCoalition(world, PARTNERS);
    await tickAt('2026-11-30T08:00:00Z');
    await tickAt('2026-11-30T09:00:00Z');
    await world.driver.command({ userId: 'U0ANNA', channelId: COALITION_CHANNEL, text: 'checkin' });
    await world.settle();
    await world.driver.viewSubmission({
      userId: 'U0ANNA',
      view: world.sim.views().at(-1)?.view as never,
      values: {
        q_progress: { answer: { type: 'plain_text_input', value: 'Leaflet drafted' } },
        q_blockers: { answer: { type: 'plain_text_input', value: 'We need a venue' } },
      },
    });
    await world.settle();
    const coalitionId = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL)?.id ?? 0;
    await world.driver.command({ userId: 'U0COORD', channelId: COALITION_CHANNEL, text: 'digest preview' });
    await world.settle();
    expect(JSON.stringify(world.sim.messages({ kind: 'response_url' }).at(-1))).toContain('We need a venue');
    expect(world.app.repos.blockers.open(coalitionId)).toEqual([]);
    await tickAt('2026-12-02T09:00:00Z');
    expect(world.app.repos.blockers.open(coalitionId)).toHaveLength(1);
  });
});
