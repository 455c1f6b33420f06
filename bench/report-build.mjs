// Child process of bench/report.ts: opens the seeded database and builds the report with the compiled app
// (dist/, as `npm start` runs it), so its peak memory is the report's and the app's, not a TypeScript loader's.
import { performance } from 'node:perf_hooks';
import { createApp } from '../dist/app.js';
import { loadConfig } from '../dist/config.js';
import { createLogger } from '../dist/logger.js';

const [databasePath, runs] = process.argv.slice(2);
const loaded = loadConfig({
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: 'bench-signing-secret',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
  DATABASE_PATH: databasePath,
  LOG_LEVEL: 'silent',
});
if (!loaded.ok) throw new Error(loaded.message);
const app = await createApp(loaded.config, { logger: createLogger('silent'), startScheduler: false });
// The report scans its text; the scanner loads apart from the start path, as in the running app.
await app.deferredModulesReady();
const coalition = app.repos.coalitions.findByChannelId('C0BENCH');
if (!coalition) throw new Error('the bench database has no coalition');
const rssBefore = process.memoryUsage().rss;
const times = [];
let bytes = 0;
for (let run = 0; run < Number(runs); run += 1) {
  const started = performance.now();
  const report = await app.services.report.build(
    coalition,
    { fromDate: '2026-04-01', toDate: '2027-03-31' },
    'U0BENCH0',
  );
  times.push(performance.now() - started);
  bytes = [...report.document, ...report.data].reduce((sum, file) => sum + file.content.length, 0);
}
await app.stop();
process.stdout.write(JSON.stringify({ times, bytes, rssBefore, peakRss: process.resourceUsage().maxRSS * 1024 }));
