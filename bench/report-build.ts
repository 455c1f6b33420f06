// Child process of bench/report.ts: opens the seeded database and builds the report, so its peak memory is the
// report's (plus the app's), not the seeding's.
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import { testConfig } from '../test/helpers/test-world.js';

const [databasePath, runs] = process.argv.slice(2);
const app = await createApp(
  testConfig({ apiUrl: 'http://127.0.0.1:9/api/', botToken: 'xoxb-bench', databasePath, logLevel: 'silent' }),
  { logger: createLogger('silent'), startScheduler: false },
);
const coalition = app.repos.coalitions.findByChannelId('C0BENCH');
if (!coalition) throw new Error('the bench database has no coalition');
const rssBefore = process.memoryUsage().rss;
const times: number[] = [];
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
