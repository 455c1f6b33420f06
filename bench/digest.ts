import { performance } from 'node:perf_hooks';
import { startSlackSimulator } from '../src/simulator/index.js';
import { startTestWorld } from '../test/helpers/test-world.js';
import type { BenchOptions, BenchRow } from './results.js';
import { median, ms } from './stats.js';

const PARTNERS = 500;
const WEEKS = 52;
const RUNS = 10;

/** Composing a digest (every query and the rendering data) for 500 partners with a year of weekly history. */
export async function benchDigest({ quick }: BenchOptions): Promise<BenchRow[]> {
  const runs = quick ? 3 : RUNS;
  const sim = await startSlackSimulator();
  const world = await startTestWorld({ sim, start: '2026-01-05T10:00:00Z', overrides: { startScheduler: false } });
  const { repos } = world.app;
  const start = new Date('2025-12-01T09:00:00Z');
  const { coalition } = repos.coalitions.create({
    teamId: sim.teamId,
    channelId: 'C0BENCH',
    name: 'Bench',
    timezone: 'Europe/London',
    createdBy: 'U0B00000',
    createdAt: start,
  });
  const sectors = [
    'education',
    'health',
    'police',
    'parents_carers',
    'youth_voice',
    'housing',
    'faith',
    'business',
  ] as const;
  const seeded = repos.transaction(() => {
    const people = Array.from({ length: PARTNERS }, (_, index) =>
      repos.people.insert({
        teamId: sim.teamId,
        coalitionId: coalition.id,
        slackUserId: `U0B${String(index).padStart(5, '0')}`,
        homeTeamId: sim.teamId,
        displayName: `Partner ${index}`,
        tz: 'Europe/London',
        role: index === 0 ? 'coordinator' : 'partner',
        active: true,
        joinedAt: start,
        sector: sectors[index % sectors.length],
      }),
    );
    let lastCycle = 0;
    for (let week = 0; week < WEEKS; week += 1) {
      const opensAt = new Date(start.getTime() + week * 7 * 86_400_000);
      const cycle = repos.cycles.createOnce({
        teamId: sim.teamId,
        coalitionId: coalition.id,
        cycleDate: opensAt.toISOString().slice(0, 10),
        questions: [],
        opensAt,
        closesAt: new Date(opensAt.getTime() + 2 * 86_400_000),
      });
      lastCycle = cycle.id;
      for (const person of people) {
        if ((person.id + week) % 4 === 0) continue;
        repos.responses.upsert({
          teamId: sim.teamId,
          cycleId: cycle.id,
          personId: person.id,
          status: 'answered',
          late: false,
          now: opensAt,
          answers: {
            progress: `Week ${week}: ${'progress words '.repeat(8)}`,
            win: week % 3 ? '' : 'A small win',
            blockers: person.id % 25 === 0 ? 'Need a venue' : '',
          },
        });
      }
    }
    for (let index = 0; index < 300; index += 1) {
      const owner = people[index % PARTNERS];
      if (owner)
        repos.tasks.create(
          {
            teamId: sim.teamId,
            coalitionId: coalition.id,
            title: `Task ${index}`,
            ownerPersonId: owner.id,
            organisationId: null,
            dueDate: `2026-01-${String((index % 28) + 1).padStart(2, '0')}`,
            notes: null,
            createdBy: 'U0B00000',
          },
          start,
        );
    }
    return { people: people.length, lastCycle };
  });
  const cycle = repos.cycles.findById(seeded.lastCycle);
  if (!cycle) throw new Error('no cycle');
  repos.cycles.close(cycle.id, new Date());
  const times: number[] = [];
  let expected = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const digest = world.app.services.digests.preview(coalition, 'U0B00000');
    times.push(performance.now() - started);
    expected = digest.expected;
  }
  await world.close();
  await sim.close();
  return [
    {
      bench: 'digest',
      what: `compose, ${PARTNERS} partners × ${WEEKS} weeks of history`,
      app: median(times),
      unit: 'ms',
      note: `median of ${runs}; max ${ms(Math.max(...times))}; ${expected} expected to answer`,
    },
  ];
}
