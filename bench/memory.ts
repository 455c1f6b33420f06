import { openDatabase } from '../src/db/client.js';
import { createRepositories } from '../src/db/repositories/index.js';
import { type SlackSimulator, startSlackSimulator } from '../src/simulator/index.js';
import { type ServerProcess, startServer } from './processes.js';
import type { BenchOptions, BenchRow } from './results.js';
import { BENCH_CHANNEL, commandAndWait } from './traffic.js';

const PARTNERS = 1000;
const COORDINATOR = 'U0M00000';
const SETTLE_MS = 1500;
const IDLE_GOAL_MB = 120;
const CYCLE_GOAL_MB = 200;

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** A cycle that opened an hour ago with three in four partners answered, written straight into the app's database. */
function seedAnsweredCycle(databasePath: string, teamId: string): void {
  const database = openDatabase(databasePath);
  const repos = createRepositories(database.db);
  const coalition = repos.coalitions.findByChannelId(BENCH_CHANNEL);
  if (!coalition) throw new Error('the coalition was not set up');
  const opensAt = new Date(Date.now() - 3_600_000);
  repos.transaction(() => {
    const cycle = repos.cycles.createOnce({
      teamId,
      coalitionId: coalition.id,
      cycleDate: opensAt.toISOString().slice(0, 10),
      questions: [],
      opensAt,
      closesAt: new Date(opensAt.getTime() + 2 * 86_400_000),
    });
    for (const person of repos.people.listByCoalition(coalition.id)) {
      if (person.id % 4 === 0) continue;
      repos.responses.upsert({
        teamId,
        cycleId: cycle.id,
        personId: person.id,
        status: 'answered',
        late: false,
        now: opensAt,
        answers: { progress: 'Mapped the referral routes with the school leads', win: '', blockers: '' },
      });
    }
  });
  database.close();
}

async function rosterAndDigest(sim: SlackSimulator, app: ServerProcess) {
  const members = Array.from({ length: PARTNERS }, (_, index) => `U0M${String(index).padStart(5, '0')}`);
  for (const id of members)
    sim.addUser({ id, name: id.toLowerCase(), real_name: `Partner ${id}`, tz: 'Europe/London' });
  sim.addChannel({ id: BENCH_CHANNEL, name: 'bench', members });
  await commandAndWait(sim, app.url, COORDINATOR, 'setup Bench Coalition');
  await settle();
  const rostered = app.rssMb();
  seedAnsweredCycle(app.databasePath, sim.teamId);
  await commandAndWait(sim, app.url, COORDINATOR, 'digest');
  if (sim.messages({ kind: 'message', channel: BENCH_CHANNEL }).length === 0) throw new Error('no digest was posted');
  await settle();
  return { rostered, digest: app.rssMb() };
}

/** Resident memory of the app process (dist/main.js) idle, after rostering 1,000 and after a digest, beside bare Bolt. */
export async function benchMemory(_options: BenchOptions): Promise<BenchRow[]> {
  const sim = await startSlackSimulator();
  const target = { apiUrl: sim.apiUrl, botToken: sim.botToken };
  const bare = await startServer('bare', target);
  const app = await startServer('app', target);
  // Idle means after start-up is over: the names library loads just after /healthz answers, and is counted.
  await app.deferredModulesReady;
  await settle();
  const idle = { app: app.rssMb(), bare: bare.rssMb() };
  await bare.stop();
  const after = await rosterAndDigest(sim, app);
  await app.stop();
  await sim.close();
  const row = (what: string, value: number, goalMb: number, bareMb?: number): BenchRow => ({
    bench: 'memory',
    what: `RSS ${what}`,
    app: value,
    ...(bareMb === undefined ? {} : { bare: bareMb, ratio: value / bareMb }),
    unit: 'MB',
    goal: `< ${goalMb} MB`,
    met: value < goalMb,
  });
  return [
    row('idle (names library loaded)', idle.app, IDLE_GOAL_MB, idle.bare),
    row(`after rostering ${PARTNERS}`, after.rostered, CYCLE_GOAL_MB),
    row(`after a ${PARTNERS}-partner digest`, after.digest, CYCLE_GOAL_MB),
  ];
}
