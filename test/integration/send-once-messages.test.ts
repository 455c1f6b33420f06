import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type SlackSimulator, startSlackSimulator } from '../../src/simulator/index.js';
import { snapshotDatabase } from '../faults/fault-harness.js';
import { beatAt } from '../helpers/beat.js';
import {
  COALITION_CHANNEL,
  checkIn,
  numberedPartners,
  postsByDelivery,
  setUpCoalition,
} from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

/**
 * Celebrations, their reaction and task DMs are outbox rows: each is posted once when Slack carries out a post but
 * its answer is lost, and once after a crash that came before the post (the database as it stood at that moment,
 * opened by a new process).
 */
const PARTNERS = numberedPartners(4);
const [COORDINATOR, OWNER, OTHER] = PARTNERS.map((partner) => partner.id) as [string, string, string];
const START = '2026-11-30T08:58:00Z';
const MINUTE = 60_000;
type Args = Record<string, unknown>;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function command(world: TestWorld, userId: string, text: string): Promise<void> {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text });
  await world.settle();
}

const tickAt = beatAt;

/** The owner answers their task DM's button (Blocked, Can't take this on) with a note. */
async function noteFromOwnerDm(world: TestWorld, actionId: string, note: string): Promise<void> {
  const task = world.app.repos.tasks.findByNumber(coalitionId(world), 1);
  const dm = world.sim.messages({ kind: 'message' }).filter((message) => metadataType(message) === 'task_message')[0];
  await world.driver.blockAction({
    userId: OWNER,
    actions: [{ action_id: actionId, value: String(task?.id) }],
    channelId: dm?.channel,
    messageTs: dm?.ts,
  });
  await world.settle();
  const form = world.sim.views().at(-1)?.view;
  await world.driver.viewSubmission({
    userId: OWNER,
    view: form as never,
    values: { task_note: { note: { type: 'plain_text_input', value: note } } },
  });
  await world.settle();
}

const coalitionId = (world: TestWorld) => world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL)?.id ?? 0;
const metadataType = (message: { metadata?: unknown }) =>
  (message.metadata as { event_type?: string } | undefined)?.event_type;
/** Which outbox row a post is for, from the metadata it carries. */
const rowKind = (world: TestWorld, args: Args) => {
  const metadata = args.metadata as { event_payload?: { delivery_id?: number } } | undefined;
  const type = metadataType(args);
  if (type !== 'coalition_celebration' && type !== 'task_message') return undefined;
  return world.app.repos.outboxMessages.findById(Number(metadata?.event_payload?.delivery_id))?.kind;
};

interface Case {
  name: string;
  /** Done before Slack misbehaves. */
  before?: (world: TestWorld) => Promise<void>;
  /** The change that causes the message, over signed HTTP (or the heartbeat, for reminders). */
  act: (world: TestWorld) => Promise<void>;
  method: 'chat.postMessage' | 'reactions.add';
  /** The outbox row kind whose send Slack mishandles. */
  kind: string;
  /** The message that must be in Slack exactly once. */
  shows: RegExp;
  /** How many messages show it (one per recipient); 1 unless said. */
  times?: number;
  /** Celebrations the app reacts to. */
  reacted?: boolean;
}

const milestoneDone = async (world: TestWorld) => {
  await command(world, COORDINATOR, 'goal add "Every school has a named safeguarding lead"');
  await command(world, COORDINATOR, 'milestone add G-1 "Posters up in every school" target:1');
  await command(world, COORDINATOR, 'milestone done M-1');
};
const assign =
  (due = '2026-12-20') =>
  (world: TestWorld) =>
    command(world, COORDINATOR, `assign <@${OWNER}|owner> Book the hall due:${due}`);

const CASES: Case[] = [
  {
    name: 'a milestone celebration',
    act: milestoneDone,
    method: 'chat.postMessage',
    kind: 'celebration',
    shows: /Milestone reached/,
    reacted: true,
  },
  {
    name: 'the reaction on a milestone celebration',
    act: milestoneDone,
    method: 'reactions.add',
    kind: 'celebration_reaction',
    shows: /Milestone reached/,
    reacted: true,
  },
  {
    name: 'kudos',
    act: (world) => command(world, OTHER, `kudos <@${OWNER}|owner> for leading the school assemblies`),
    method: 'chat.postMessage',
    kind: 'celebration',
    shows: /leading the school assemblies/,
  },
  {
    name: 'a shared win',
    act: async (world) => {
      await checkIn(world, OWNER, { progress: 'Going well', win: 'Three schools joined the scheme' }, true);
    },
    method: 'chat.postMessage',
    kind: 'celebration',
    shows: /Three schools joined the scheme/,
    reacted: true,
  },
  {
    name: 'a task assignment DM',
    act: assign(),
    method: 'chat.postMessage',
    kind: 'task_owner',
    shows: /has asked you/,
  },
  {
    name: 'a reassignment DM',
    before: assign(),
    act: (world) => command(world, COORDINATOR, `reassign T-1 <@${OTHER}|other>`),
    method: 'chat.postMessage',
    kind: 'task_owner',
    // One to the first owner, one to the new one.
    shows: /has asked you/,
    times: 2,
  },
  {
    name: 'a blocked DM to the assigner',
    before: assign(),
    act: (world) => noteFromOwnerDm(world, 'task_blocked', 'The hall is closed for repairs'),
    method: 'chat.postMessage',
    kind: 'task_blocked',
    shows: /is blocked on/,
  },
  {
    name: 'a hand-back DM to the assigner',
    before: assign(),
    act: (world) => noteFromOwnerDm(world, 'task_decline', 'Away on training that week'),
    method: 'chat.postMessage',
    kind: 'task_declined',
    shows: /can’t take on/,
  },
  {
    name: 'a due-date reminder',
    before: assign('2026-12-02'),
    act: (world) => tickAt(world, Date.parse('2026-11-30T10:00:00Z')),
    method: 'chat.postMessage',
    kind: 'task_reminder',
    shows: /friendly nudge/,
  },
];

async function world(sim: SlackSimulator, databasePath = ':memory:'): Promise<TestWorld> {
  const started = await startTestWorld({ sim, start: START, databasePath, overrides: { startScheduler: false } });
  cleanups.push(() => started.close());
  return started;
}

async function simulator(): Promise<SlackSimulator> {
  const sim = await startSlackSimulator();
  cleanups.push(() => sim.close());
  return sim;
}

/** Up to the change: a coalition whose partners were prompted at 09:00, then the case's own preparation. */
async function prepare(target: TestWorld, test: Case): Promise<void> {
  await setUpCoalition(target, PARTNERS);
  await tickAt(target, Date.parse('2026-11-30T09:00:00Z'));
  await test.before?.(target);
}

/** Each outbox message in Slack once; the case's message there once, its ts kept, its reaction added once. */
function expectExactlyOnce(target: TestWorld, test: Case): void {
  const perRow = [
    ...postsByDelivery(target.sim, 'coalition_celebration'),
    ...postsByDelivery(target.sim, 'task_message'),
  ];
  expect(perRow.filter(([, count]) => count !== 1)).toEqual([]);
  const shown = target.sim
    .messages({ kind: 'message' })
    .filter((message) => test.shows.test(`${message.text ?? ''} ${JSON.stringify(message.blocks)}`));
  expect(shown).toHaveLength(test.times ?? 1);
  const message = shown.at(-1);
  if (!message) return;
  if (test.kind.startsWith('celebration')) {
    // Reactions are counted against the celebration's message, so its ts is on the celebration.
    expect(target.app.repos.celebrations.findByMessage(message.channel, message.ts)).toBeDefined();
    const reactions = (message as { reactions?: Array<{ name: string; users: string[] }> }).reactions ?? [];
    expect(reactions).toEqual(test.reacted ? [{ name: 'tada', users: [target.sim.botUserId] }] : []);
  }
}

describe('celebrations, reactions and task DMs are sent once', () => {
  for (const test of CASES) {
    it(`${test.name}: once while Slack carries out the call but its answer is lost`, async () => {
      const target = await world(await simulator());
      await prepare(target, test);
      target.sim.injectFault({
        method: test.method,
        when: (args) => (test.method === 'reactions.add' ? true : rowKind(target, args) === test.kind),
        dropAnswer: true,
        times: 1,
      });
      await test.act(target);
      await target.settle();
      expect(target.sim.calls(test.method).filter((call) => call.dropped)).toHaveLength(1);
      if (test.method === 'chat.postMessage')
        expect(target.sim.calls('conversations.history').length).toBeGreaterThan(0);
      expectExactlyOnce(target, test);
    }, 30_000);

    it(`${test.name}: once after a crash just before the post, when a new process takes over`, async () => {
      const folder = mkdtempSync(join(tmpdir(), 'coalition-send-once-'));
      cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
      const [firstPath, crashPath] = [join(folder, 'first.db'), join(folder, 'crash.db')];
      const sim = await simulator();
      const first = await world(sim, firstPath);
      await prepare(first, test);
      // The moment the call reaches Slack, the database is kept as a crash would leave it; this process never
      // gets the call through, so whatever Slack holds afterwards was sent by the next one.
      let crashedAt: number | undefined;
      sim.injectFault({
        method: test.method,
        when: (args) => {
          if (test.method !== 'reactions.add' && rowKind(first, args) !== test.kind) return false;
          if (crashedAt === undefined) {
            snapshotDatabase(firstPath, crashPath);
            crashedAt = first.clock.now().getTime();
          }
          return true;
        },
        status: 500,
      });
      await test.act(first);
      await first.settle();
      expect(crashedAt).toBeDefined();
      await first.close();
      sim.clearFaults();

      const second = await world(sim, crashPath);
      // After the first process's claim on the row runs out.
      await tickAt(second, (crashedAt ?? 0) + 6 * MINUTE);
      expectExactlyOnce(second, test);
    }, 30_000);
  }

  it('retries a celebration Slack keeps refusing with backoff, then tells the coordinators, once', async () => {
    const target = await world(await simulator());
    await prepare(target, CASES[0] as Case);
    target.sim.injectFault({
      method: 'chat.postMessage',
      when: (args) => metadataType(args) === 'coalition_celebration',
      status: 500,
    });
    await command(target, OTHER, `kudos <@${OWNER}|owner> for leading the school assemblies`);
    expect(target.sim.messages({ kind: 'response_url' }).at(-1)?.text).toMatch(/will be posted in the channel/);
    const row = () => target.app.repos.outboxMessages.findByKey('celebration:1');
    const waits: number[] = [];
    while (row()?.status === 'pending') {
      const next = row()?.nextAttemptAt.getTime() ?? 0;
      waits.push(Math.round((next - target.clock.now().getTime()) / MINUTE));
      await tickAt(target, next);
    }
    expect(row()).toMatchObject({ status: 'failed', attempts: 12, body: null });
    // Tried twice when the kudos was given (the second at once), then after 2, 4, 8, 16 and 30 minutes (the cap).
    expect(waits.slice(0, 6)).toEqual([2, 4, 8, 16, 30, 30]);
    const told = target.sim
      .messages({ kind: 'message' })
      .filter((message) => /A celebration for the coalition channel could not be sent/.test(message.text ?? ''));
    expect(told.map((message) => message.channel)).toHaveLength(1);
  }, 30_000);

  it('tells the coordinator an assignment DM is still being tried, not that it failed, when Slack has not taken it', async () => {
    const target = await world(await simulator());
    await prepare(target, CASES[0] as Case);
    target.sim.injectFault({
      method: 'chat.postMessage',
      when: (args) => metadataType(args) === 'task_message',
      status: 500,
    });
    await command(target, COORDINATOR, `assign <@${OWNER}|owner> Book the hall for the parents' evening`);
    expect(target.sim.messages({ kind: 'response_url' }).at(-1)?.text).toMatch(
      /Slack has not taken my message to them yet: I will keep trying/,
    );
  }, 30_000);

  it('keeps the ts of an assignment DM sent after a restart, so a later change redraws it in place', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'coalition-send-once-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const sim = await simulator();
    const [firstPath, crashPath] = [join(folder, 'first.db'), join(folder, 'crash.db')];
    const first = await world(sim, firstPath);
    await prepare(first, CASES[0] as Case);
    sim.injectFault({
      method: 'chat.postMessage',
      when: (args) => {
        if (rowKind(first, args) !== 'task_owner') return false;
        snapshotDatabase(firstPath, crashPath);
        return true;
      },
      status: 500,
      times: 1,
    });
    await assign()(first);
    await first.close();
    sim.reset();
    sim.clearFaults();
    const second = await world(sim, crashPath);
    await tickAt(second, Date.parse('2026-11-30T09:10:00Z'));
    await command(second, OWNER, 'done T-1');
    const dms = sim.messages({ kind: 'message' }).filter((message) => metadataType(message) === 'task_message');
    expect(dms).toHaveLength(1);
    expect(JSON.stringify(dms[0]?.blocks)).toContain('Status: Done');
  }, 30_000);
});
