import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSlackSimulator } from '../../src/simulator/index.js';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

// The privacy detector (with its names library) loads after the app answers /healthz. These tests hold its loading
// back and show that what arrives meanwhile waits for it: nothing is handled unscanned.
let world: TestWorld | undefined;
let folder: string;

afterEach(async () => {
  await world?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A coalition set up by a first process, then the same database and Slack in a second whose scanner is held back. */
async function restartWithScannerHeldBack() {
  folder = mkdtempSync(join(tmpdir(), 'coalition-scanner-gate-'));
  const databasePath = join(folder, 'coalition.db');
  const sim = await startSlackSimulator();
  const first = await startTestWorld({ sim, databasePath, overrides: { startScheduler: false } });
  await setUpCoalition(first, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0ANNA', tz: 'Europe/London' },
  ]);
  await first.close();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let loads = 0;
  world = await startTestWorld({
    sim,
    databasePath,
    overrides: {
      startScheduler: false,
      loadPrivacyScanner: async () => {
        loads += 1;
        await held;
        return import('../../src/domain/privacy/detector.js');
      },
    },
  });
  const closeSim = world.close;
  world.close = async () => {
    await closeSim();
    await sim.close();
  };
  return { world, release, loads: () => loads };
}

const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a message that arrives before the privacy scanner has loaded', () => {
  it('waits for the scanner and is then flagged, never handled unscanned', async () => {
    const { world, release, loads } = await restartWithScannerHeldBack();
    await world.driver.event({
      type: 'message',
      channel: COALITION_CHANNEL,
      user: 'U0ANNA',
      text: 'Lovely session today, Leo (7) came with his gran',
      ts: '1764500000.000200',
      channel_type: 'channel',
    });
    await waitMs(150);
    expect(world.app.inFlightCount()).toBeGreaterThan(0);
    expect(world.sim.messages({ kind: 'ephemeral' })).toHaveLength(0);

    release();
    await world.app.deferredModulesReady();
    await world.settle();
    expect(world.sim.messages({ kind: 'ephemeral' }).at(-1)?.text).toMatch(/a child’s name/);
    expect(loads()).toBe(1);
  });

  it('holds a command with an identifier until the scanner is ready, then refuses it and creates nothing', async () => {
    const { world, release } = await restartWithScannerHeldBack();
    let answered = false;
    const command = world.driver
      .command({
        userId: 'U0COORD',
        channelId: COALITION_CHANNEL,
        text: 'assign <@U0ANNA> Call Leo (7) back due:friday',
      })
      .then((result) => {
        answered = true;
        return result;
      });
    await waitMs(150);
    expect(answered).toBe(false);
    const coalitionId = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL)?.id ?? 0;
    expect(world.app.repos.tasks.listByCoalition(coalitionId)).toEqual([]);

    release();
    expect((await command).status).toBe(200);
    await world.settle();
    expect(world.sim.messages({ kind: 'response_url' }).at(-1)?.text).toMatch(/a child’s name/);
    expect(world.app.repos.tasks.listByCoalition(coalitionId)).toEqual([]);
  });
});
