import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackDriver, type SlackSimulator, startSlackSimulator } from '../../src/simulator/index.js';
import { addPartners, COALITION_CHANNEL, promptsByUser } from '../helpers/checkin-world.js';
import { appEnvironment } from './fault-harness.js';

/**
 * The real process on the real clock, with node-cron's own heartbeat: no test clock, no tick called by hand. A
 * schedule set two minutes ahead must prompt each London partner once, at that minute and not before, and nobody
 * in Auckland, whose 19:00 is half a day away. (Last round this exact flow back-dated a cycle.)
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SIGNING_SECRET = 'real-clock-secret';
const LONDON = ['U0RCCOORD', 'U0RCLONDON'];
const AUCKLAND = 'U0RCAUCKLAND';

let sim: SlackSimulator;
let folder: string;
let child: ChildProcess | undefined;

function startMain(): Promise<number> {
  const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...appEnvironment(sim, join(folder, 'coalition.db'), SIGNING_SECRET), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child = started;
  return new Promise((done, fail) => {
    let buffer = '';
    started.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const complete = buffer.split('\n').slice(0, -1);
      const running = complete
        .filter((line) => line.includes('Coalition Check-ins is running'))
        .map((line) => JSON.parse(line) as { port: number })[0];
      if (running) done(running.port);
    });
    started.on('exit', (code) => fail(new Error(`the app exited with ${code}`)));
  });
}

async function until<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 250));
  }
}

beforeAll(async () => {
  sim = await startSlackSimulator();
  folder = mkdtempSync(join(tmpdir(), 'coalition-real-clock-'));
});
afterAll(async () => {
  child?.kill('SIGTERM');
  await sim.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the real clock', () => {
  it('prompts a schedule set two minutes ahead at that minute, once, in London only', async () => {
    addPartners(sim, [...LONDON.map((id) => ({ id, tz: 'Europe/London' })), { id: AUCKLAND, tz: 'Pacific/Auckland' }]);
    const port = await startMain();
    const driver = createSlackDriver({
      sim,
      eventsUrl: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: SIGNING_SECRET,
    });
    const [coordinator] = LONDON;
    // Each command is answered by response_url after its ack (setup takes a second or two); wait for the answer.
    const command = async (text: string) => {
      const answered = sim.messages({ kind: 'response_url' }).length;
      await driver.command({
        userId: coordinator as string,
        channelId: COALITION_CHANNEL,
        text,
        channelName: 'test-coalition',
      });
      await until(() => (sim.messages({ kind: 'response_url' }).length > answered ? true : undefined), 20_000);
      return sim.messages({ kind: 'response_url' }).at(-1)?.text ?? '';
    };
    expect(await command('setup Real Clock Coalition')).toMatch(/is set up in this channel/);

    // Two minutes ahead (three if this minute is nearly over), with quiet hours well away from now.
    const now = DateTime.now().setZone('Europe/London');
    const at = now.startOf('minute').plus({ minutes: now.second >= 45 ? 3 : 2 });
    const quiet = at.plus({ hours: 6 });
    const scheduled = await command(
      `schedule daily ${at.toFormat('HH:mm')} weekends:yes quiet:${quiet.toFormat('HH:mm')}-${quiet.plus({ minutes: 30 }).toFormat('HH:mm')}`,
    );

    expect(scheduled).toContain(`every day at ${at.toFormat('HH:mm')}`);
    const seenAt = new Map<string, number>();
    const allPrompted = () => {
      for (const [user] of promptsByUser(sim)) if (!seenAt.has(user)) seenAt.set(user, Date.now());
      return LONDON.every((user) => seenAt.has(user)) ? true : undefined;
    };
    expect(await until(allPrompted, at.toMillis() - Date.now() + 90_000)).toBe(true);
    for (const user of LONDON) {
      expect(seenAt.get(user)).toBeGreaterThanOrEqual(at.toMillis());
      expect(seenAt.get(user)).toBeLessThan(at.toMillis() + 90_000);
    }
    // Another beat goes by: still one prompt each, and none for Auckland.
    await new Promise((done) => setTimeout(done, 65_000));
    const prompts = promptsByUser(sim);
    expect(LONDON.map((user) => prompts.get(user))).toEqual([1, 1]);
    expect(prompts.get(AUCKLAND)).toBeUndefined();
  }, 300_000);
});
