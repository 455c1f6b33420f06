/**
 * The real app (createApp: every driver, service and the file database) run as its own process for the fault
 * suite, which kills it with SIGKILL. Two things differ from src/main.ts, both for speed: the clock starts at
 * FAULT_CLOCK_START and moves one minute per beat, and the beat runs every FAULT_BEAT_REAL_MS instead of once a
 * real minute, so a day of heartbeats takes seconds.
 */
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

const MINUTE = 60_000;

async function run(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) throw new Error(loaded.message);
  let now = Date.parse(process.env.FAULT_CLOCK_START ?? '');
  if (Number.isNaN(now)) throw new Error('FAULT_CLOCK_START must be an ISO instant');
  const beatRealMs = Number(process.env.FAULT_BEAT_REAL_MS ?? 20);
  const app = await createApp(loaded.config, { clock: { now: () => new Date(now) }, startScheduler: false });
  let stopping = false;
  process.once('SIGTERM', () => {
    stopping = true;
  });
  await app.start();
  process.stdout.write(`${JSON.stringify({ msg: 'fault child ready' })}\n`);
  while (!stopping) {
    await app.tick(new Date(now));
    now += MINUTE;
    await new Promise((done) => setTimeout(done, beatRealMs));
  }
  await app.stop();
  process.exit(0);
}

run().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
