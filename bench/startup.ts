import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import { startSlackSimulator } from '../src/simulator/index.js';
import { testConfig } from '../test/helpers/test-world.js';
import { median, ms } from './stats.js';

const RUNS = 7;

/** Time from nothing to answering Slack: open and migrate a new database, build the app, auth.test, listen. */
export async function benchStartup(): Promise<void> {
  const sim = await startSlackSimulator();
  const firstStarts: number[] = [];
  const restarts: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const folder = mkdtempSync(join(tmpdir(), 'coalition-bench-'));
    const config = testConfig({
      apiUrl: sim.apiUrl,
      botToken: sim.botToken,
      databasePath: join(folder, 'coalition.db'),
      logLevel: 'silent',
    });
    for (const sample of [firstStarts, restarts]) {
      const started = performance.now();
      const app = await createApp(config, { logger: createLogger('silent'), startScheduler: false });
      await app.start();
      sample.push(performance.now() - started);
      if (sample === restarts && app.appliedMigrations !== 0) throw new Error('a restart ran migrations');
      await app.stop();
    }
    rmSync(folder, { recursive: true, force: true });
  }
  await sim.close();
  console.log(
    `empty database, ready in: median ${ms(median(firstStarts))} (min ${ms(Math.min(...firstStarts))}, max ${ms(Math.max(...firstStarts))}) over ${RUNS} runs`,
  );
  console.log(
    `restart (no migrations), ready in: median ${ms(median(restarts))} (min ${ms(Math.min(...restarts))}, max ${ms(Math.max(...restarts))})`,
  );
}
