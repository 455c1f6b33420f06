import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSlackSimulator } from '../../src/simulator/index.js';
import {
  checkIn,
  dmsByUser,
  numberedPartners,
  postsByDelivery,
  promptsByUser,
  setUpCoalition,
} from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

const PROMPT_TIME = '2026-11-30T09:00:00Z';
const REMINDER_TIME = '2026-12-01T09:00:00Z';
const CLOSE_TIME = '2026-12-02T09:00:00Z';
const MINUTE = 60_000;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup(); // newest first
});

const partners = numberedPartners;

async function world(options: { databasePath?: string; sim?: Awaited<ReturnType<typeof startSlackSimulator>> } = {}) {
  const started = await startTestWorld({
    start: '2026-11-24T10:00:00Z',
    overrides: { startScheduler: false },
    ...options,
  });
  cleanups.push(() => started.close());
  return started;
}

/** One beat a minute from `from` for `minutes` minutes, as the scheduler would. */
async function beats(target: TestWorld, from: string, minutes: number): Promise<void> {
  for (let minute = 0; minute <= minutes; minute += 1) {
    const at = new Date(Date.parse(from) + minute * MINUTE);
    target.clock.set(at);
    await target.app.tick(at);
  }
}

const isThreadReply = (args: Record<string, unknown>) => typeof args.thread_ts === 'string';
const metadataType = (args: Record<string, unknown>) =>
  (args.metadata as { event_type?: string } | undefined)?.event_type;

describe('sends that happen once', () => {
  it('prompts and reminds everyone exactly once while 10% of posts are carried out but their answer is lost', async () => {
    const roster = partners(40);
    const target = await world();
    await setUpCoalition(target, roster);
    target.sim.injectFault({ method: 'chat.postMessage', dropAnswer: true, probability: 0.1, seed: 11 });
    await beats(target, PROMPT_TIME, 30);
    await beats(target, REMINDER_TIME, 30);

    const dropped = target.sim.calls('chat.postMessage').filter((call) => call.dropped);
    expect(dropped.length).toBeGreaterThan(4);
    // Each lost answer was followed by a look in the DM, not by a second post.
    expect(target.sim.calls('conversations.history').length).toBeGreaterThanOrEqual(dropped.length);
    const prompts = promptsByUser(target.sim);
    const reminders = dmsByUser(target.sim, 'checkin_reminder');
    expect([...prompts.values()].filter((count) => count !== 1)).toEqual([]);
    expect([...reminders.values()].filter((count) => count !== 1)).toEqual([]);
    expect([prompts.size, reminders.size]).toEqual([roster.length, roster.length]);
  }, 60_000);

  it('leaves a failed post to the outbox, which looks in Slack before it resends; a 429 still waits Retry-After', async () => {
    const target = await world();
    await setUpCoalition(target, partners(3));
    const prompt = (args: Record<string, unknown>) => metadataType(args) === 'checkin_prompt';
    target.sim.injectFault({ method: 'chat.postMessage', when: prompt, status: 500, times: 1 });
    target.sim.injectFault({ method: 'chat.postMessage', when: prompt, status: 429, retryAfterSeconds: 1, times: 1 });
    await beats(target, PROMPT_TIME, 0);
    const all = target.sim.calls();
    const prompts = all.filter((call) => call.method === 'chat.postMessage' && prompt(call.args));
    expect(prompts.map((call) => call.status).sort()).toEqual([200, 200, 200, 429, 500]);
    // After the 500 the Web API client gave up; the outbox looked in the DM before posting again.
    const failed = all.findIndex((call) => call.method === 'chat.postMessage' && call.status === 500);
    const channel = all[failed]?.args.channel;
    const again = all.findIndex(
      (call, index) => index > failed && call.method === 'chat.postMessage' && call.args.channel === channel,
    );
    const between = all.slice(failed + 1, again).map((call) => call.method);
    expect(between).toContain('conversations.history');
    // After the 429 the client waited Retry-After (1 s) and posted again itself, with no look needed.
    const limited = prompts.findIndex((call) => call.status === 429);
    const retried = prompts.slice(limited + 1).find((call) => call.args.channel === prompts[limited]?.args.channel);
    expect((retried?.at ?? 0) - (prompts[limited]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect([...promptsByUser(target.sim).values()]).toEqual([1, 1, 1]);
  }, 30_000);
});

describe('DM channels', () => {
  it('posts first prompts to the user id, keeps the DM ids in the database, and opens no DM after a restart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'coalition-dm-ids-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const sim = await startSlackSimulator();
    cleanups.push(() => sim.close());
    const databasePath = join(folder, 'coalition.db');
    const roster = partners(20);
    const first = await world({ sim, databasePath });
    await setUpCoalition(first, roster);
    await beats(first, PROMPT_TIME, 0);
    // Each partner's first DM (setup's hello) went to their user id; Slack's answer named the DM, kept since.
    const toUserIds = new Set(
      sim
        .calls('chat.postMessage')
        .map((call) => String(call.args.channel))
        .filter((channel) => channel.startsWith('U')),
    );
    expect([...toUserIds].sort()).toEqual(roster.map((partner) => partner.id).sort());
    const firstPosts = sim.calls('chat.postMessage').filter((call) => metadataType(call.args) === 'checkin_prompt');
    expect(firstPosts).toHaveLength(roster.length);
    const postsBefore = sim.calls('chat.postMessage').length;
    await first.close();

    const second = await world({ sim, databasePath });
    await beats(second, '2026-12-07T09:00:00Z', 0);
    const secondPosts = sim
      .calls('chat.postMessage')
      .slice(postsBefore)
      .filter((call) => metadataType(call.args) === 'checkin_prompt');
    expect(secondPosts).toHaveLength(roster.length);
    expect(secondPosts.every((call) => String(call.args.channel).startsWith('D'))).toBe(true);
    expect(sim.calls('conversations.open')).toEqual([]);
  }, 60_000);
});

describe('digests that finish', () => {
  const roster = partners(12);
  const coordinator = roster[0]?.id ?? '';

  async function answered(target: TestWorld, count: number): Promise<void> {
    await setUpCoalition(target, roster);
    await beats(target, PROMPT_TIME, 0);
    target.clock.set('2026-11-30T10:20:00Z');
    for (const [index, partner] of roster.slice(0, count).entries())
      await checkIn(target, partner.id, {
        progress: `Progress note ${index + 1}`,
        private_note: `PRIVATE-NOTE-${index + 1}`,
      });
  }

  const closeRow = (target: TestWorld) => {
    const cycle = target.app.repos.cycles.findById(1);
    return target.app.repos.deliveries.listForCycle(cycle?.id ?? 0).find((row) => row.kind === 'close');
  };

  it('sends private notes within the hour, then one summary and one reply per answer through lost answers and a burst of 500s', async () => {
    const target = await world();
    await answered(target, 10);
    await beats(target, '2026-11-30T11:00:00Z', 0);
    expect(dmsByUser(target.sim, 'private_notes')).toEqual(new Map([[coordinator, 1]]));

    target.sim.injectFault({
      method: 'chat.postMessage',
      when: (args) => metadataType(args) === 'digest_summary',
      dropAnswer: true,
      times: 1,
    });
    let threadPosts = 0;
    const midThread = (args: Record<string, unknown>) => isThreadReply(args) && ++threadPosts > 3;
    target.sim.injectFault({ method: 'chat.postMessage', when: midThread, status: 500, times: 6 });
    target.sim.injectFault({ method: 'chat.postMessage', dropAnswer: true, probability: 0.1, seed: 5 });
    await beats(target, CLOSE_TIME, 0);
    // Thread replies failed in this beat, so the cycle is not finished yet.
    expect(closeRow(target)?.status).toBe('pending');
    await beats(target, new Date(Date.parse(CLOSE_TIME) + MINUTE).toISOString(), 60);

    expect(target.sim.calls('chat.postMessage').filter((call) => call.status === 500)).toHaveLength(6);
    expect([...postsByDelivery(target.sim, 'digest_summary').values()]).toEqual([1]);
    const replies = postsByDelivery(target.sim, 'digest_reply');
    expect(replies.size).toBe(10);
    expect([...replies.values()].every((count) => count === 1)).toBe(true);
    expect(dmsByUser(target.sim, 'private_notes')).toEqual(new Map([[coordinator, 1]]));
    expect(closeRow(target)?.status).toBe('sent');
  }, 60_000);

  it('retries a step that keeps failing with backoff, then tells the coordinators and finishes the cycle', async () => {
    const target = await world();
    await answered(target, 3);
    target.sim.injectFault({
      method: 'chat.postMessage',
      when: (args) => isThreadReply(args) && JSON.stringify(args.blocks ?? '').includes('Progress note 2'),
      status: 500,
    });
    await beats(target, CLOSE_TIME, 0);
    const failing = () =>
      target.app.repos.deliveries
        .listForCycle(1)
        .find((row) => row.kind === 'digest_reply' && row.outcome === 'http_500');
    const attemptTimes: number[] = [];
    for (let row = failing(); row && row.status === 'pending'; row = failing()) {
      attemptTimes.push(row.nextAttemptAt.getTime());
      target.clock.set(row.nextAttemptAt);
      await target.app.tick(row.nextAttemptAt);
    }
    expect(failing()?.status).toBe('failed');
    const gaps = attemptTimes.slice(1).map((at, index) => at - (attemptTimes[index] ?? 0));
    expect(gaps.every((gap, index) => gap >= (gaps[index - 1] ?? 0))).toBe(true);
    const told = target.sim
      .messages({ kind: 'message' })
      .filter(
        (message) => message.channel === `D${coordinator.slice(1)}` && /could not be sent/.test(message.text ?? ''),
      );
    expect(told).toHaveLength(1);
    expect(closeRow(target)?.status).toBe('sent');
    expect(postsByDelivery(target.sim, 'digest_reply').size).toBe(2);
  }, 60_000);
});
