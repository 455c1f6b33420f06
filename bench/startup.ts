import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSlackSimulator } from '../src/simulator/index.js';
import { startServer } from './processes.js';
import type { BenchOptions, BenchRow } from './results.js';
import { median } from './stats.js';

const GOAL_RATIO = 1.5;

/**
 * Process start to the first healthy /healthz, as a separate real process: `node dist/main.js` (empty database, so
 * migrations run; then a restart on the same database) beside the bare Bolt fixture, alternating run by run.
 */
export async function benchStartup({ quick }: BenchOptions): Promise<BenchRow[]> {
  const runs = quick ? 3 : 7;
  const sim = await startSlackSimulator();
  const target = { apiUrl: sim.apiUrl, botToken: sim.botToken };
  const bare: number[] = [];
  const firstStart: number[] = [];
  const restart: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const baseline = await startServer('bare', target);
    bare.push(baseline.readyMs);
    await baseline.stop();
    const folder = mkdtempSync(join(tmpdir(), 'coalition-bench-startup-'));
    const databasePath = join(folder, 'coalition.db');
    const app = await startServer('app', { ...target, databasePath });
    firstStart.push(app.readyMs);
    await app.stop();
    const restarted = await startServer('app', { ...target, databasePath });
    restart.push(restarted.readyMs);
    await restarted.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  await sim.close();
  const bareMs = median(bare);
  const row = (what: string, samples: number[]): BenchRow => {
    const app = median(samples);
    return {
      bench: 'startup',
      what,
      app,
      bare: bareMs,
      unit: 'ms',
      ratio: app / bareMs,
      goal: `< ${GOAL_RATIO}× bare`,
      met: app / bareMs < GOAL_RATIO,
      note: `median of ${runs}, alternating`,
    };
  };
  return [row('spawn → /healthz, empty database', firstStart), row('spawn → /healthz, restart', restart)];
}
