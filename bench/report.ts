import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import { testConfig } from '../test/helpers/test-world.js';
import { addRosterPartners, seedYearOfCycles } from '../test/helpers/year-history.js';
import { median, ms } from './stats.js';

const PARTNERS = 200;
const CYCLES = 52;
const RUNS = 3;
const MB = 1024 * 1024;

/** Seeds a file database with a year of a large coalition; returns its path. */
async function seed(folder: string): Promise<string> {
  const databasePath = join(folder, 'coalition.db');
  // Nothing here talks to Slack: the API URL is never called.
  const config = testConfig({
    apiUrl: 'http://127.0.0.1:9/api/',
    botToken: 'xoxb-bench',
    databasePath,
    logLevel: 'silent',
  });
  const app = await createApp(config, { logger: createLogger('silent'), startScheduler: false });
  const joinedAt = new Date('2026-03-01T09:00:00Z');
  const { coalition } = app.repos.coalitions.create({
    teamId: 'T0BENCH',
    channelId: 'C0BENCH',
    name: 'Bench Coalition',
    timezone: 'Europe/London',
    createdBy: 'U0BENCH0',
    createdAt: joinedAt,
  });
  const people = addRosterPartners(app.repos, coalition, PARTNERS, joinedAt);
  seedYearOfCycles(app.repos, coalition, people, { firstCycle: '2026-04-06', cycles: CYCLES });
  await app.stop();
  return databasePath;
}

/** The yearly report for 200 partners × 52 weekly cycles: every CSV, the charts, Markdown and the PDF. */
export async function benchReport(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'coalition-bench-report-'));
  try {
    const seeding = performance.now();
    const databasePath = await seed(folder);
    console.log(
      `seeded ${PARTNERS} partners × ${CYCLES} cycles in ${ms(performance.now() - seeding)} (not timed below)`,
    );
    // bench/run.ts builds dist/ first; the child runs the compiled app, as production does.
    const child = fileURLToPath(new URL('./report-build.mjs', import.meta.url));
    const output = execFileSync(process.execPath, [child, databasePath, String(RUNS)], {
      encoding: 'utf8',
    });
    const { times, bytes, rssBefore, peakRss } = JSON.parse(output) as {
      times: number[];
      bytes: number;
      rssBefore: number;
      peakRss: number;
    };
    console.log(
      `report built in: median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}) over ${RUNS} runs; ${(bytes / 1024).toFixed(0)} KB of files (target < 5 s)`,
    );
    console.log(
      `memory: peak RSS ${(peakRss / MB).toFixed(0)} MB for a process that opens the database and builds it ${RUNS} times (${(rssBefore / MB).toFixed(0)} MB before the first; target < 300 MB)`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
