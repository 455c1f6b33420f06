import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSlackSimulator } from '../../src/simulator/index.js';
import { type Partner, promptsByUser, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

const PROMPT_TIME = '2026-11-30T09:00:00Z';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function partners(count: number): Partner[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `U0P${String(index).padStart(4, '0')}`,
    tz: 'Europe/London',
  }));
}

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('durable sending', () => {
  it('prompts nobody twice and misses nobody when the process dies mid fan-out and a new one takes over', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'coalition-restart-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const sim = await startSlackSimulator();
    cleanups.push(() => sim.close());
    const databasePath = join(folder, 'coalition.db');
    const roster = partners(120);

    const first: TestWorld = await startTestWorld({
      sim,
      databasePath,
      start: '2026-11-24T10:00:00Z',
      overrides: { startScheduler: false },
    });
    await setUpCoalition(first, roster);
    // Slow Slack down a little so the fan-out is still under way when the process dies.
    sim.injectFault({ method: 'chat.postMessage', delayMs: 3 });
    first.clock.set(PROMPT_TIME);
    const fanOut = first.app.tick(new Date(PROMPT_TIME)).catch((error: unknown) => error);
    // Prompts only: setup's hello DMs went out before the clock reached prompt time.
    const promptPosts = () =>
      sim
        .calls('chat.postMessage')
        .filter((call) => (call.args.metadata as { event_type?: string } | undefined)?.event_type === 'checkin_prompt');
    await waitUntil(() => promptPosts().length >= 40);
    await first.close(); // the database closes under the running fan-out, like a crash between send and record
    await fanOut;
    const sentBeforeCrash = promptPosts().length;
    expect(sentBeforeCrash).toBeLessThan(roster.length);
    sim.clearFaults();

    const second = await startTestWorld({
      sim,
      databasePath,
      start: PROMPT_TIME,
      overrides: { startScheduler: false },
    });
    cleanups.push(() => second.close());
    for (let minute = 0; minute <= 10; minute += 1) {
      const at = new Date(Date.parse(PROMPT_TIME) + minute * 60_000);
      second.clock.set(at);
      await second.app.tick(at);
    }

    const prompts = promptsByUser(sim);
    // Prompts caught between send and record were found in the DM's history rather than sent again.
    expect(sim.calls('conversations.history').length).toBeGreaterThan(0);
    expect([...prompts.values()].filter((count) => count !== 1)).toEqual([]);
    expect(prompts.size).toBe(roster.length);
    expect(second.app.appliedMigrations).toBe(0);
  }, 60_000);

  it('delivers every prompt exactly once while Slack answers 429 to every third call and HTTP 500 to 5% of calls', async () => {
    const world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
    cleanups.push(() => world.close());
    const roster = partners(40);
    await setUpCoalition(world, roster);
    world.sim.injectFault({
      method: /^(chat\.postMessage|conversations\.open)$/,
      status: 429,
      everyNth: 3,
      retryAfterSeconds: 0,
    });
    world.sim.injectFault({
      method: /^(chat\.postMessage|conversations\.open)$/,
      status: 500,
      probability: 0.05,
      seed: 7,
    });
    for (let minute = 0; minute <= 60; minute += 1) {
      const at = new Date(Date.parse(PROMPT_TIME) + minute * 60_000);
      world.clock.set(at);
      await world.app.tick(at);
    }
    const failures = world.sim.calls().filter((call) => call.status === 429 || call.status === 500);
    expect(failures.some((call) => call.status === 429)).toBe(true);
    expect(failures.some((call) => call.status === 500)).toBe(true);
    const prompts = promptsByUser(world.sim);
    expect(prompts.size).toBe(roster.length);
    expect([...prompts.values()].every((count) => count === 1)).toBe(true);
  }, 60_000);
});
