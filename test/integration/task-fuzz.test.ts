import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

let world: TestWorld;

beforeAll(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0SAM', tz: 'Asia/Kolkata' },
  ]);
  for (const title of ['Book the hall', 'Draft the leaflet', 'Call the youth council']) {
    await world.driver.command({
      userId: 'U0COORD',
      channelId: COALITION_CHANNEL,
      text: `assign <@U0SAM> ${title} due:next friday`,
    });
  }
  await world.settle();
});
afterAll(async () => {
  await world.close();
});

const subcommand = fc.constantFrom('assign', 'tasks', 'task', 'done', 'reassign');
const fragment = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.constantFrom(
    '<@U0SAM|sam>',
    '<@U0COORD>',
    '<@U0NOBODY>',
    '<@W1>',
    'T-1',
    'T-2',
    't3',
    'T-999',
    '42',
    'T-',
    'due:',
    'due:next friday',
    'due:5 Dec',
    'due:2020-01-01',
    'due:31 Feb',
    'due:"in 2 weeks"',
    'org:"St Mary’s"',
    'org:"',
    'all',
    'overdue',
    'mine',
    'sector:health',
    'sector:nowhere',
    '&amp;',
    '&lt;b&gt;',
    '“',
    'x'.repeat(200),
  ),
);
const commandText = fc
  .tuple(subcommand, fc.array(fragment, { maxLength: 6 }))
  .map(([word, rest]) => [word, ...rest].join(' '));
const BATCH = 25;

describe('task subcommands with random text', () => {
  it('never crash, and every one gets a helpful ephemeral answer or its form', async () => {
    const texts = fc.sample(commandText, { numRuns: 5000, seed: 4242 });
    const sent: Array<{ text: string; responseUrl: string; triggerId: string; status: number }> = [];
    for (let start = 0; start < texts.length; start += BATCH) {
      const batch = texts.slice(start, start + BATCH);
      const results = await Promise.all(
        batch.map((text, index) =>
          world.driver.command({
            userId: (start + index) % 2 === 0 ? 'U0COORD' : 'U0SAM',
            channelId: COALITION_CHANNEL,
            text,
          }),
        ),
      );
      for (const [index, result] of results.entries()) sent.push({ text: batch[index] ?? '', ...result });
      await world.settle();
    }
    const answered = new Map(
      world.sim.messages({ kind: 'response_url' }).map((message) => [message.response_url, message]),
    );
    const formsOpened = new Set(world.sim.calls('views.open').map((call) => String(call.args.trigger_id)));
    const unanswered = sent.filter(
      (entry) => entry.status !== 200 || (!answered.has(entry.responseUrl) && !formsOpened.has(entry.triggerId)),
    );
    expect(unanswered.map((entry) => entry.text)).toEqual([]);
    const replies = [...answered.values()];
    expect(replies.every((reply) => reply.response_type === 'ephemeral')).toBe(true);
    expect(replies.filter((reply) => /went wrong/.test(reply.text ?? '')).map((reply) => reply.text)).toEqual([]);
    expect(world.logs.filter((line) => /"level":50/.test(line))).toEqual([]);
  }, 300_000);
});
