import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

const CHANNEL = 'C0FUZZ';
let world: TestWorld;

beforeAll(async () => {
  world = await startTestWorld();
  world.sim.addUser({ id: 'U0COORD', tz: 'Europe/London' });
  world.sim.addUser({ id: 'U0PART', tz: 'Asia/Kolkata' });
  world.sim.addChannel({ id: CHANNEL, members: ['U0COORD', 'U0PART'] });
  await world.driver.command({ userId: 'U0COORD', channelId: CHANNEL, text: 'setup Fuzz Coalition' });
  await world.settle();
});
afterAll(async () => {
  await world.close();
});

const subcommand = fc.constantFrom(
  '',
  'help',
  'setup',
  'partner',
  'role',
  'profile',
  'partners',
  'schedule',
  'checkin',
  'away',
  'questions',
  'question',
  'bogus',
);
const fragment = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '<@U0PART|part>',
    '<@U0COORD>',
    '<@W123>',
    '<#C1|x>',
    'org:"St Mary’s"',
    'sector:education',
    'sector:',
    'org:"',
    '&amp;',
    '&lt;',
    '09:00',
    'mon',
    'window',
    '48h',
    '2026-12-24..2027-01-02',
    'coordinator',
    '"',
    '“',
    'add',
    'remove',
    '99',
    '-1',
  ),
);
const commandText = fc
  .tuple(subcommand, fc.array(fragment, { maxLength: 6 }))
  .map(([word, rest]) => [word, ...rest].join(' '));

describe('/coalition with random text', () => {
  it('never crashes and always answers, from a coordinator and from a partner', async () => {
    const texts = fc.sample(commandText, { numRuns: 1000, seed: 20261124 });
    const unanswered: string[] = [];
    for (const [index, text] of texts.entries()) {
      const userId = index % 2 === 0 ? 'U0COORD' : 'U0PART';
      const before = world.sim.messages({ kind: 'response_url' }).length + world.sim.views().length;
      const result = await world.driver.command({ userId, channelId: CHANNEL, text });
      await world.settle();
      const after = world.sim.messages({ kind: 'response_url' }).length + world.sim.views().length;
      if (result.status !== 200 || after === before) unanswered.push(text);
    }
    expect(unanswered).toEqual([]);
    const replies = world.sim.messages({ kind: 'response_url' });
    expect(replies.every((reply) => reply.response_type === 'ephemeral')).toBe(true);
    expect(replies.some((reply) => /went wrong/.test(reply.text ?? ''))).toBe(false);
    expect(world.logs.some((line) => /"level":50/.test(line))).toBe(false);
  }, 240_000);
});
