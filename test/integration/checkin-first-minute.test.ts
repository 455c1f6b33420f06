import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSlackSimulator } from '../../src/simulator/index.js';
import { beatAt } from '../helpers/beat.js';
import {
  COALITION_CHANNEL,
  dmOwners,
  isHello,
  type Partner,
  promptsByUser,
  setUpCoalition,
} from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

// Wednesday 25 November, 13:16 in London (UTC in winter) and 02:16 on Thursday in Auckland: the coordinator sets
// `daily 13:18`, two minutes ahead.
const SET_AT = '2026-11-25T13:16:00Z';
const LONDON: Partner[] = [
  { id: 'U0LONDON', tz: 'Europe/London' },
  { id: 'U0LONDONB', tz: 'Europe/London' },
  { id: 'U0LONDONC', tz: 'Europe/London' },
];
const AUCKLAND: Partner = { id: 'U0AUCKLAND', tz: 'Pacific/Auckland' };
const MINUTE = 60_000;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function beatEveryMinute(world: TestWorld, from: string, until: string): Promise<void> {
  for (let at = Date.parse(from); at <= Date.parse(until); at += MINUTE) {
    await beatAt(world, at);
  }
}

/** What the app sent this person by DM since setup (setup's hello left out). */
function dmsTo(world: TestWorld, userId: string) {
  const owners = dmOwners(world.sim);
  return world.sim
    .messages({ kind: 'message' })
    .filter((message) => owners.get(message.channel) === userId && !isHello(message));
}

const isPrompt = (message: { metadata?: unknown }) =>
  (message.metadata as { event_type?: string } | undefined)?.event_type === 'checkin_prompt';

async function answerFromPrompt(world: TestWorld, userId: string): Promise<string> {
  const prompt = dmsTo(world, userId).find(isPrompt);
  const value = JSON.stringify(prompt?.blocks ?? []).match(/"action_id":"checkin_open","value":"(\d+)"/)?.[1];
  if (!prompt || !value) throw new Error(`no prompt for ${userId}`);
  await world.driver.blockAction({
    userId,
    actions: [{ action_id: 'checkin_open', value }],
    channelId: prompt.channel,
    messageTs: prompt.ts,
  });
  await world.settle();
  const view = world.sim.views().at(-1)?.view;
  if (!view) throw new Error('no modal opened');
  await world.driver.viewSubmission({
    userId,
    view: view as never,
    values: { q_progress: { answer: { type: 'plain_text_input', value: 'Agreed the leaflet wording with schools' } } },
  });
  await world.settle();
  return JSON.stringify(view);
}

describe('a daily schedule set two minutes ahead, with partners in a working zone and a night zone', () => {
  it('prompts the working zone once, leaves the night zone until its own time, and digests the answer', async () => {
    const world = await startTestWorld({ start: SET_AT, overrides: { startScheduler: false } });
    cleanups.push(() => world.close());
    await setUpCoalition(world, [...LONDON, AUCKLAND], 'daily 13:18');
    const reply = JSON.stringify(world.sim.messages({ kind: 'response_url' }).at(-1));
    expect(reply).toContain(
      'First check-ins: Wed 25 Nov 13:18 for 3 people (London), Thu 26 Nov 13:18 for 1 person (Auckland).',
    );

    await beatEveryMinute(world, SET_AT, '2026-11-25T15:20:00Z');
    for (const partner of LONDON) {
      const dms = dmsTo(world, partner.id);
      expect(dms.filter(isPrompt), partner.id).toHaveLength(1);
      expect(JSON.stringify(dms[0]?.blocks)).not.toMatch(/Sorry this is late/);
      // No reminder in the first two hours (nor anything else).
      expect(dms, partner.id).toHaveLength(1);
    }
    expect(dmsTo(world, AUCKLAND.id)).toHaveLength(0);

    const modal = await answerFromPrompt(world, 'U0LONDONB');
    expect(modal).toContain('Wed 25 Nov 2026');

    // Through the night in Auckland to just after London's window closes at Thursday's prompt.
    await beatEveryMinute(world, '2026-11-25T15:21:00Z', '2026-11-26T13:19:00Z');
    const auckland = dmsTo(world, AUCKLAND.id);
    expect(auckland.filter(isPrompt)).toHaveLength(1);
    const coalition = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);
    // Thursday 13:18 in Auckland is 00:18 UTC: the prompt went then, for Thursday's cycle.
    const aucklandPerson = coalition && world.app.repos.people.find(coalition.id, AUCKLAND.id);
    const thursday = coalition && world.app.repos.cycles.find(coalition.id, '2026-11-26');
    const aucklandPrompt = world.app.repos.deliveries.findPrompt(thursday?.id ?? -1, aucklandPerson?.id ?? -1);
    expect(aucklandPrompt?.doneAt?.toISOString()).toBe('2026-11-26T00:18:00.000Z');
    const wednesday = coalition && world.app.repos.cycles.find(coalition.id, '2026-11-25');
    expect(wednesday?.status).toBe('closed');
    const channel = world.sim.messages({ channel: COALITION_CHANNEL, kind: 'message' });
    const digest = channel.find((message) =>
      JSON.stringify(message.blocks ?? message.text).includes('Wed 25 Nov 2026'),
    );
    expect(digest, JSON.stringify(channel.map((message) => message.text))).toBeDefined();
    // Three were scheduled for Wednesday (Auckland was not yet), one answered: counted as 1 of 3, not 1 of 4.
    expect(JSON.stringify(digest?.blocks)).toContain('1 of 3');
    const thread = world.sim
      .messages({ channel: COALITION_CHANNEL })
      .filter((message) => message.thread_ts === digest?.ts);
    expect(JSON.stringify(thread)).toContain('Agreed the leaflet wording with schools');
  }, 120_000);

  it('sends nothing twice when the process restarts on the same database, even re-running the prompt minute', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'coalition-first-minute-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const sim = await startSlackSimulator();
    cleanups.push(() => sim.close());
    const databasePath = join(folder, 'coalition.db');
    const first = await startTestWorld({ sim, databasePath, start: SET_AT, overrides: { startScheduler: false } });
    await setUpCoalition(first, [...LONDON, AUCKLAND], 'daily 13:18');
    await beatEveryMinute(first, SET_AT, '2026-11-25T13:18:00Z');
    await first.close();

    const second = await startTestWorld({
      sim,
      databasePath,
      start: '2026-11-25T13:18:00Z',
      overrides: { startScheduler: false },
    });
    cleanups.push(() => second.close());
    await beatEveryMinute(second, '2026-11-25T13:18:00Z', '2026-11-26T00:30:00Z');
    const prompts = promptsByUser(sim);
    expect(Object.fromEntries(prompts)).toEqual({ U0LONDON: 1, U0LONDONB: 1, U0LONDONC: 1, U0AUCKLAND: 1 });
    const reminders = sim
      .messages({ kind: 'message' })
      .filter((message) => message.channel !== COALITION_CHANNEL && !isPrompt(message) && !isHello(message));
    // One reminder each for London, halfway to Thursday's prompt (01:18, moved out of quiet hours to 08:00),
    // so none yet; nothing for Auckland either.
    expect(reminders).toHaveLength(0);
  }, 120_000);
});

describe('a window that would leave two check-ins open', () => {
  it('is refused when given explicitly, with an example; left out, a daily window ends at the next check-in', async () => {
    const world = await startTestWorld({ start: SET_AT, overrides: { startScheduler: false } });
    cleanups.push(() => world.close());
    await setUpCoalition(world, [LONDON[0] as Partner], 'weekly wed 15:00');
    const command = async (text: string) => {
      await world.driver.command({ userId: 'U0LONDON', channelId: COALITION_CHANNEL, text });
      await world.settle();
      return world.sim.messages({ kind: 'response_url' }).at(-1)?.text ?? '';
    };
    const refused = await command('schedule daily 09:00 window 48h');
    expect(refused).toContain('a 48h window is longer than the 1 day between check-ins');
    expect(refused).toContain('window 24h');
    expect(await command('schedule show')).toMatch(/every week on Wed at 15:00/);
    expect(await command('schedule daily 09:00')).toMatch(/every day at 09:00.*open until the next check-in/);
    expect(await command('digest')).toContain('Nobody has answered a check-in yet');
  }, 60_000);
});
