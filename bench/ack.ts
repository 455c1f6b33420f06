import { Worker } from 'node:worker_threads';
import { type SlackSimulator, startSlackSimulator } from '../src/simulator/index.js';
import { type ServerProcess, startServer } from './processes.js';
import type { BenchOptions, BenchRow } from './results.js';
import { answered, BENCH_CHANNEL, commandAndWait, slashCommand } from './traffic.js';

const RATES = [100, 200, 400] as const;
const P99_GOAL: Record<number, number> = { 100: 1.2, 200: 2, 400: 3 };
const CPU_GOAL = 2;
const SLACK_ACK_MS = 3000;
// What a partner runs most (issue 13's mix), in turn.
const COMMANDS = ['help', 'partners', 'tasks', 'schedule show'];
const MEMBERS = 50;
const COORDINATOR = 'U0B00000';
const PARTNER = 'U0B00001';

interface Run {
  latencies: number[];
  failed: number;
  cpuMsPerCommand: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function openLoop(url: string, rate: number, requests: Array<{ body: string; headers: Record<string, string> }>) {
  return new Promise<{ latencies: number[]; statuses: number[] }>((resolve, reject) => {
    const worker = new Worker(new URL('./fixtures/open-loop.mjs', import.meta.url), {
      workerData: { url, rate, requests },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** One open-loop run; CPU counts the server's own use until its post-ack work (the answer by response_url) is done. */
async function measure(
  sim: SlackSimulator,
  server: ServerProcess,
  rate: number,
  seconds: number,
  responds = false,
): Promise<Run> {
  const requests = Array.from({ length: rate * seconds }, (_, index) =>
    slashCommand(sim, PARTNER, COMMANDS[index % COMMANDS.length] ?? 'help'),
  );
  const cpuBefore = server.cpuMs();
  const { latencies, statuses } = await openLoop(
    server.url,
    rate,
    requests.map(({ body, headers }) => ({ body, headers })),
  );
  if (server.kind === 'app' || responds) {
    const urls = requests.map((request) => request.responseUrl);
    if (!(await answered(sim, urls, 30_000))) throw new Error('the app left commands unanswered');
  } else {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const cpuMsPerCommand = (server.cpuMs() - cpuBefore) / requests.length;
  // The simulator keeps every call and answer it was sent; left to grow over the runs, its heap's collections took
  // both cores in the app's runs (which make the answers) and in none of bare Bolt's. What was measured is read.
  sim.reset();
  return { latencies, failed: statuses.filter((status) => status !== 200).length, cpuMsPerCommand };
}

async function startBoth(sim: SlackSimulator) {
  const target = { apiUrl: sim.apiUrl, botToken: sim.botToken };
  const app = await startServer('app', target);
  const members = Array.from({ length: MEMBERS }, (_, index) => `U0B${String(index).padStart(5, '0')}`);
  for (const id of members)
    sim.addUser({ id, name: id.toLowerCase(), real_name: `Partner ${id}`, tz: 'Europe/London' });
  sim.addChannel({ id: BENCH_CHANNEL, name: 'bench', members });
  await commandAndWait(sim, app.url, COORDINATOR, 'setup Bench Coalition');
  await commandAndWait(sim, app.url, COORDINATOR, 'schedule weekly mon 09:00');
  await commandAndWait(sim, app.url, COORDINATOR, `assign <@${PARTNER}> Draft the referral leaflet due:2027-01-15`);
  const bare = await startServer('bare', target);
  // Warm both up (connections, Bolt's first auth, and the JIT: V8 optimises a function after enough calls, and 50
  // requests left most of the app's compiling, on the same two cores, inside the first measured run) before
  // anything counts.
  await measure(sim, app, 200, 5);
  await measure(sim, bare, 200, 5);
  return { app, bare };
}

const sortedOf = (runs: Run[]) => runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/**
 * Ack latency of `/coalition help|partners|tasks|schedule show` from a partner, open-loop at 100, 200 and 400 req/s,
 * the app (dist/main.js) and a bare Bolt app that only acks, alternating run by run, both separate processes.
 */
export async function benchAck({ quick }: BenchOptions): Promise<BenchRow[]> {
  const runs = quick ? 1 : 2;
  // A p99 needs enough samples to mean something: 6 s at 100 req/s is 1,200 acks a side, so one GC pause or one
  // neighbour's burst on this shared machine moves it by one place, not by a tenth of the tail.
  const seconds = quick ? 2 : 6;
  const sim = await startSlackSimulator();
  const { app, bare } = await startBoth(sim);
  const rows: BenchRow[] = [];
  // Each app run beside the bare run next to it: on a shared host one pair's ratio moves by a third from the next
  // (an app against an identical copy of itself gave 0.71–1.39), so the row shows their spread beside the mean.
  const cpu = { app: [] as number[], bare: [] as number[], pairRatios: [] as number[] };
  try {
    for (const rate of RATES) {
      const results = { app: [] as Run[], bare: [] as Run[] };
      for (let run = 0; run < runs; run += 1) {
        const order = run % 2 === 0 ? ([app, bare] as const) : ([bare, app] as const);
        for (const server of order) results[server.kind].push(await measure(sim, server, rate, seconds));
      }
      const appSorted = sortedOf(results.app);
      const bareSorted = sortedOf(results.bare);
      const appOver = appSorted.filter((latency) => latency > SLACK_ACK_MS).length;
      const failed = results.app.reduce((sum, run) => sum + run.failed, 0);
      cpu.app.push(...results.app.map((run) => run.cpuMsPerCommand));
      cpu.bare.push(...results.bare.map((run) => run.cpuMsPerCommand));
      results.app.forEach((run, index) => {
        const bareRun = results.bare[index];
        if (bareRun) cpu.pairRatios.push(run.cpuMsPerCommand / bareRun.cpuMsPerCommand);
      });
      const row = (what: string, appValue: number, bareValue: number, goal?: number): BenchRow => ({
        bench: 'ack',
        what: `${what} at ${rate} req/s`,
        app: appValue,
        bare: bareValue,
        unit: 'ms',
        ratio: appValue / bareValue,
        ...(goal === undefined ? {} : { goal: `≤ ${goal}× bare`, met: appValue / bareValue <= goal }),
      });
      rows.push(row('p50', percentile(appSorted, 50), percentile(bareSorted, 50)));
      rows.push(row('p99', percentile(appSorted, 99), percentile(bareSorted, 99), P99_GOAL[rate]));
      rows.push(row('max', appSorted.at(-1) ?? 0, bareSorted.at(-1) ?? 0));
      rows.push({
        bench: 'ack',
        what: `acks over 3 s or failed, at ${rate} req/s`,
        app: appOver + failed,
        bare: bareSorted.filter((latency) => latency > SLACK_ACK_MS).length,
        unit: `of ${appSorted.length}`,
        goal: '0',
        met: appOver + failed === 0,
      });
    }
  } finally {
    await Promise.all([app.stop(), bare.stop()]);
  }
  const answering = await startServer('bare', {
    apiUrl: sim.apiUrl,
    botToken: sim.botToken,
    env: { BARE_RESPOND: '1' },
  });
  await measure(sim, answering, 50, 1, true);
  const answeringCpu = (await measure(sim, answering, RATES[0], seconds, true)).cpuMsPerCommand;
  await answering.stop();
  await sim.close();
  const appCpu = mean(cpu.app);
  const bareCpu = mean(cpu.bare);
  rows.push({
    bench: 'ack',
    what: 'CPU per command, incl. work after the ack',
    app: appCpu,
    bare: bareCpu,
    unit: 'ms',
    ratio: appCpu / bareCpu,
    goal: `≤ ${CPU_GOAL}× bare`,
    met: appCpu / bareCpu <= CPU_GOAL,
    note: `${runs} alternating runs of ${seconds} s per rate; run by run ${Math.min(...cpu.pairRatios).toFixed(2)}–${Math.max(...cpu.pairRatios).toFixed(2)}×`,
  });
  rows.push({
    bench: 'ack',
    what: 'CPU per command, bare Bolt that also answers by response_url',
    app: appCpu,
    bare: answeringCpu,
    unit: 'ms',
    ratio: appCpu / answeringCpu,
    note: `at ${RATES[0]} req/s: what answering at all costs, for reference`,
  });
  return rows;
}
