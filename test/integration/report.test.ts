import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Coalition } from '../../src/domain/people.js';
import { COALITION_CHANNEL, dmOwners, openHomeAs, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';
import { PRIVATE_MARK, SHARED_MARK, seedYearOfCycles, UNSHARED_MARK } from '../helpers/year-history.js';

let world: TestWorld;
let coalition: Coalition;
const PARTNERS = ['U0COORD', 'U0PA', 'U0PB', 'U0PC', 'U0PD', 'U0PE', 'U0PF', 'U0PG'];

beforeEach(async () => {
  world = await startTestWorld({ start: '2027-04-02T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(
    world,
    PARTNERS.map((id) => ({ id, tz: 'Europe/London' })),
  );
  const found = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);
  if (!found) throw new Error('no coalition');
  coalition = found;
  const sectors = ['local_authority_childrens_services', 'education', 'education', 'education', 'health', 'health'];
  const people = world.app.repos.people
    .listByCoalition(coalition.id)
    .map((person, index) =>
      world.app.repos.people.update(person.id, { sector: (sectors[index] ?? 'police') as 'police' }),
    );
  seedYearOfCycles(world.app.repos, coalition, people, { firstCycle: '2026-04-06', cycles: 52 });
});
afterEach(async () => {
  await world.close();
});

const replies = () => world.sim.messages({ kind: 'response_url' }).map((message) => message.text ?? '');

async function ask(userId: string, text: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text });
}

describe('/coalition report', () => {
  it('sends a coordinator the CSV bundle, the data dictionary and the PDF in their DM', async () => {
    await ask('U0COORD', 'report 2026-04-01..2027-03-31');
    await world.settle();
    expect(replies().some((text) => text.startsWith('Building your report'))).toBe(true);

    const uploads = world.sim.uploads().filter((upload) => upload.completed);
    const names = uploads.map((upload) => upload.filename);
    for (const name of [
      'participation.csv',
      'tasks.csv',
      'task_history.csv',
      'milestones.csv',
      'wins.csv',
      'blockers.csv',
      'data-dictionary.md',
      'chart-participation.png',
    ])
      expect(names).toContain(name);
    const pdf = uploads.find((upload) => upload.filename.endsWith('.pdf'));
    expect(pdf?.content.startsWith('%PDF-')).toBe(true);
    expect(pdf?.bytes).toBeGreaterThan(20_000);
    const owners = dmOwners(world.sim);
    for (const upload of uploads) expect(owners.get(upload.channel_id ?? '')).toBe('U0COORD');

    const file = (name: string) => uploads.find((upload) => upload.filename === name)?.content ?? '';
    // Each cycle: all partners, then the sectors in a fixed order; a sector of one or two shows no numbers.
    const participation = file('participation.csv').split('\r\n').filter(Boolean);
    expect(participation).toHaveLength(1 + 52 * 5);
    expect(participation.slice(1, 6).map((line) => line.split(',')[1])).toEqual([
      'All partners',
      "Local authority children's services",
      'Health',
      'Police',
      'Education',
    ]);
    for (const line of participation.filter((row) => row.includes(',Police,')))
      expect(line).toMatch(/,Police,fewer than 3,fewer than 3,fewer than 3$/);
    expect(file('wins.csv')).toContain(SHARED_MARK);
    expect(file('task_history.csv')).toContain(',status,not_started,done');
    const markdown = uploads.find(
      (upload) => upload.filename.endsWith('.md') && upload.filename !== 'data-dictionary.md',
    );
    expect(markdown?.content).toContain('## Who took part');
    for (const upload of uploads) {
      expect(upload.content).not.toContain(PRIVATE_MARK);
      expect(upload.content).not.toContain(UNSHARED_MARK);
    }
  });

  it('holds back any text that today’s privacy scan flags, and says so', async () => {
    const [owner] = world.app.repos.people.listByCoalition(coalition.id);
    if (!owner) throw new Error('no people');
    world.app.repos.tasks.create(
      {
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        title: 'Referred Kayden to CAMHS, NHS number 999 000 0018',
        ownerPersonId: owner.id,
        organisationId: null,
        dueDate: '2026-12-01',
        notes: null,
        createdBy: 'U0COORD',
      },
      new Date('2026-11-01T10:00:00Z'),
    );
    await ask('U0COORD', 'report 2026-04-01..2027-03-31');
    await world.settle();
    const uploads = world.sim.uploads();
    const tasks = uploads.find((upload) => upload.filename === 'tasks.csv')?.content ?? '';
    expect(tasks).toContain('(withheld by the privacy scan)');
    for (const upload of uploads) expect(upload.content).not.toContain('999 000 0018');
    const markdown = uploads.find((upload) => /\d\.md$/.test(upload.filename))?.content ?? '';
    expect(markdown).toMatch(/## Left out\n\n1 text held back/);
  });

  it('tells a second request while one is building that it is on its way', async () => {
    await Promise.all([ask('U0COORD', 'report'), ask('U0COORD', 'report')]);
    await world.settle();
    expect(replies().filter((text) => text.startsWith('Building your report'))).toHaveLength(1);
    expect(replies().filter((text) => text.includes('already being built'))).toHaveLength(1);
    expect(world.sim.uploads().filter((upload) => upload.filename.endsWith('.pdf'))).toHaveLength(1);
  });

  it('politely refuses a partner, and sends them nothing', async () => {
    await ask('U0PA', 'report 2026-04-01..2027-03-31');
    await world.settle();
    const reply = replies().at(-1);
    expect(reply).toContain('Only coordinators can build the yearly report');
    expect(reply).toContain('<@U0COORD>');
    await ask('U0PA', 'insights');
    await world.settle();
    expect(replies().at(-1)).toContain('Only coordinators can see the coalition’s insights');
    expect(world.sim.uploads()).toHaveLength(0);
  });

  it('explains the date format when the range is not one', async () => {
    await ask('U0COORD', 'report last year');
    await world.settle();
    expect(replies().at(-1)).toContain('2026-04-01..2027-03-31');
  });
});

describe('/coalition insights', () => {
  it('sends a coordinator the three charts by DM, with the figures as text', async () => {
    await ask('U0COORD', 'insights 2026-10-01..2027-03-31');
    await world.settle();
    const charts = world.sim.uploads().filter((upload) => upload.filename.startsWith('chart-'));
    expect(charts.map((upload) => upload.filename).sort()).toEqual([
      'chart-blockers.png',
      'chart-milestones.png',
      'chart-participation.png',
    ]);
    expect(JSON.stringify(world.sim.messages({ kind: 'response_url' }).at(-1)?.blocks)).toContain('Check-ins answered');
  });

  it('shows the charts on the coordinator’s Home as slack_file images, uploaded once per cycle', async () => {
    await openHomeAs(world, 'U0COORD');
    const home = await openHomeAs(world, 'U0COORD');
    expect(home).toContain('"slack_file"');
    expect(home).toContain('Insights, last twelve months');
    expect(world.sim.uploads()).toHaveLength(3);
    const partnerHome = await openHomeAs(world, 'U0PA', 'D0HOME2');
    expect(partnerHome).not.toContain('slack_file');
  });
});
