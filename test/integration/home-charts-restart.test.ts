import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type SlackSimulator, startSlackSimulator } from '../../src/simulator/index.js';
import { COALITION_CHANNEL, openHomeAs, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';
import { seedYearOfCycles } from '../helpers/year-history.js';

const START = '2027-04-02T10:00:00Z';
const PARTNERS = ['U0COORD', 'U0PA', 'U0PB', 'U0PC'];
let sim: SlackSimulator;
let folder: string;
const worlds: TestWorld[] = [];

afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
  await sim.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The Slack file ids of the chart images on the coordinator's Home, as it is published now. */
async function openHome(world: TestWorld): Promise<string[]> {
  const blocks = await openHomeAs(world, 'U0COORD');
  return [...blocks.matchAll(/"slack_file":\{"id":"([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('the Home charts across a restart', () => {
  it('shows the same uploaded files after a restart instead of uploading them again', async () => {
    sim = await startSlackSimulator();
    folder = mkdtempSync(join(tmpdir(), 'home-charts-'));
    const databasePath = join(folder, 'coalition.db');
    const first = await startTestWorld({ sim, start: START, databasePath, overrides: { startScheduler: false } });
    worlds.push(first);
    await setUpCoalition(
      first,
      PARTNERS.map((id) => ({ id, tz: 'Europe/London' })),
    );
    const coalition = first.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);
    if (!coalition) throw new Error('no coalition');
    seedYearOfCycles(first.app.repos, coalition, first.app.repos.people.listByCoalition(coalition.id), {
      firstCycle: '2027-01-04',
      cycles: 12,
    });
    const shownBefore = await openHome(first);
    expect(shownBefore).toHaveLength(3);
    expect(sim.uploads()).toHaveLength(3);

    await worlds.splice(0)[0]?.app.stop();
    const second = await startTestWorld({ sim, start: START, databasePath, overrides: { startScheduler: false } });
    worlds.push(second);
    expect(await openHome(second)).toEqual(shownBefore);
    expect(sim.uploads()).toHaveLength(3);
  });
});
