import { performance } from 'node:perf_hooks';
import {
  minimumSecondsFor,
  type SimulatorOptions,
  type SlackSimulator,
  startSlackSimulator,
} from '../src/simulator/index.js';
import { addPartners, COALITION_CHANNEL, promptsByUser } from '../test/helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../test/helpers/test-world.js';

const PARTNERS = 1000;
const PROMPT_TIME = '2026-11-30T09:00:00Z';
const NEXT_PROMPT_TIME = '2026-12-07T09:00:00Z';
// Simulated limits run 60 times faster ("per minute" becomes "per second") so the bench takes seconds, not minutes.
const LIMIT_SCALE = 60;

async function fanOut(simOptions: SimulatorOptions) {
  const sim = await startSlackSimulator(simOptions);
  const world = await startTestWorld({
    sim,
    start: '2026-11-24T10:00:00Z',
    overrides: {
      startScheduler: false,
      clientOptions: { retryConfig: { retries: 10, minTimeout: 10, maxTimeout: 100 }, timeout: 30_000 },
    },
  });
  const partners = Array.from({ length: PARTNERS }, (_, index) => ({
    id: `U0B${String(index).padStart(5, '0')}`,
    tz: 'Europe/London',
  }));
  addPartners(sim, partners);
  const coordinator = partners[0]?.id ?? '';
  // Roster directly through the services: the bench measures the fan-out, not users.info at setup.
  await world.app.services.coalitions.setup({
    teamId: sim.teamId,
    channelId: COALITION_CHANNEL,
    name: 'Bench',
    callerId: coordinator,
  });
  world.app.services.schedules.set(
    world.app.services.coalitions.resolve({ teamId: sim.teamId, channelId: COALITION_CHANNEL, userId: coordinator }),
    coordinator,
    {},
  );
  const first = await runCycle(world, sim, PROMPT_TIME);
  // The next week's cycle: the DM ids are known by now, so only the posts themselves remain.
  const second = await runCycle(world, sim, NEXT_PROMPT_TIME);
  await world.close();
  await sim.close();
  return { ...first, second };
}

async function runCycle(world: TestWorld, sim: SlackSimulator, promptTime: string) {
  sim.reset();
  world.clock.set(promptTime);
  const started = performance.now();
  // Each beat is a minute later, so sends put back for a retry after a failure come due again.
  for (let beat = 0; promptsByUser(sim).size < PARTNERS && beat < 30; beat += 1) {
    const at = new Date(Date.parse(promptTime) + beat * 60_000);
    world.clock.set(at);
    await world.app.tick(at);
  }
  return {
    seconds: (performance.now() - started) / 1000,
    delivered: promptsByUser(sim).size,
    calls: sim.calls().length,
  };
}

/** Prompts to 1,000 partners: raw throughput, then against Slack's documented limits. */
export async function benchFanout(): Promise<void> {
  const free = await fanOut({});
  console.log(
    `no limits: ${free.delivered} prompts in ${free.seconds.toFixed(2)} s = ${(free.delivered / free.seconds).toFixed(0)} prompts/s (${free.calls} Web API calls)`,
  );

  const limited = await fanOut({ enforceRateLimits: true, rateLimitScale: LIMIT_SCALE });
  const least = Math.max(
    minimumSecondsFor('conversations.open', PARTNERS, { scale: LIMIT_SCALE }),
    minimumSecondsFor('chat.postMessage', PARTNERS, { scale: LIMIT_SCALE }),
  );
  console.log(
    `Slack's limits (x${LIMIT_SCALE} speed): ${limited.delivered} prompts in ${limited.seconds.toFixed(2)} s; the limits allow no less than ${least.toFixed(2)} s (conversations.open, Tier 3); ratio ${(limited.seconds / least).toFixed(2)}`,
  );
  console.log(
    `next cycle, DM ids known: ${free.second.delivered} prompts in ${free.second.seconds.toFixed(2)} s unthrottled (${free.second.calls} Web API calls); ${limited.second.delivered} in ${limited.second.seconds.toFixed(2)} s under the limits (${limited.second.calls} calls; one post per DM, so no limit binds)`,
  );
}
