import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beatAt } from '../helpers/beat.js';
import { COALITION_CHANNEL, dmOwners, isHello, type Partner, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

/** Setup's welcome and hello DMs are not what these tests count. */
const notHello = (message: { metadata?: unknown }) => !isHello(message);

const PARTNERS: Partner[] = [
  { id: 'U0LONDON', tz: 'Europe/London' },
  { id: 'U0NEWYORK', tz: 'America/New_York' },
  { id: 'U0KOLKATA', tz: 'Asia/Kolkata' },
  { id: 'U0CHATHAM', tz: 'Pacific/Chatham' },
];
const TZ_OF = Object.fromEntries(PARTNERS.map((partner) => [partner.id, partner.tz]));

// Two weeks that cross New York's fall-back (2026-11-01): Mondays 26 Oct and 2 Nov.
const START = '2026-10-24T00:00:00Z';
const END = '2026-11-07T00:00:00Z';

interface Seen {
  user: string;
  kind: 'prompt' | 'reminder';
  at: DateTime;
}

let world: TestWorld;
const seen: Seen[] = [];
const closes: Array<{ cycleDate: string; at: string }> = [];

beforeAll(async () => {
  world = await startTestWorld({ start: '2026-10-22T12:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, PARTNERS, 'weekly mon 09:00');
  world.clock.set(START);
  let known = 0;
  const closed = new Set<number>();
  for (let at = Date.parse(START); at < Date.parse(END); at += 60_000) {
    await beatAt(world, at);
    const messages = world.sim.messages({ kind: 'message' }).filter(notHello);
    const owners = dmOwners(world.sim);
    for (const message of messages.slice(known).filter((sent) => owners.has(sent.channel))) {
      const isPrompt = (message.metadata as { event_type?: string } | undefined)?.event_type === 'checkin_prompt';
      seen.push({
        user: owners.get(message.channel) ?? message.channel,
        kind: isPrompt ? 'prompt' : 'reminder',
        at: DateTime.fromMillis(at, { zone: 'UTC' }),
      });
    }
    known = messages.length;
    const coalition = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);
    const latest = coalition && world.app.repos.cycles.latest(coalition.id);
    if (latest?.status === 'closed' && !closed.has(latest.id)) {
      closed.add(latest.id);
      closes.push({ cycleDate: latest.cycleDate, at: new Date(at).toISOString() });
    }
  }
}, 240_000);

afterAll(async () => {
  await world?.close();
});

describe('weekly Monday 09:00 at each partner’s own time, across a DST change', () => {
  it.each(PARTNERS.map((partner) => [partner.id, partner.tz]))(
    '%s (%s) gets one prompt a week, at 09:00 on Monday their time',
    (user, tz) => {
      const prompts = seen
        .filter((entry) => entry.user === user && entry.kind === 'prompt')
        .map((entry) => entry.at.setZone(tz));
      expect(prompts.map((at) => at.toFormat('ccc HH:mm'))).toEqual(['Mon 09:00', 'Mon 09:00']);
      expect(prompts.map((at) => at.toISODate())).toEqual(['2026-10-26', '2026-11-02']);
    },
  );

  it('follows New York across its fall-back: 13:00 UTC before, 14:00 UTC after', () => {
    const prompts = seen.filter((entry) => entry.user === 'U0NEWYORK' && entry.kind === 'prompt');
    expect(prompts.map((entry) => entry.at.toFormat('HH:mm'))).toEqual(['13:00', '14:00']);
  });

  it.each(PARTNERS.map((partner) => [partner.id]))(
    '%s gets exactly one reminder a week, halfway through their window',
    (user) => {
      const tz = TZ_OF[user] ?? 'UTC';
      const reminders = seen
        .filter((entry) => entry.user === user && entry.kind === 'reminder')
        .map((entry) => entry.at.setZone(tz));
      expect(reminders.map((at) => at.toFormat('ccc HH:mm'))).toEqual(['Tue 09:00', 'Tue 09:00']);
    },
  );

  it('closes each cycle when the last partner’s 48-hour window ends', () => {
    // New York is the last to be prompted, so its window closes last: Wed 09:00 New York time.
    expect(closes).toEqual([
      { cycleDate: '2026-10-26', at: '2026-10-28T13:00:00.000Z' },
      { cycleDate: '2026-11-02', at: '2026-11-04T14:00:00.000Z' },
    ]);
  });

  it('sent nothing else', () => {
    expect(seen).toHaveLength(PARTNERS.length * 4);
  });
});
