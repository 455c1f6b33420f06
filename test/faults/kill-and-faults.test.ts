import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackSimulator, startSlackSimulator } from '../../src/simulator/index.js';
import {
  COALITION_CHANNEL,
  checkIn,
  dmsByUser,
  numberedPartners,
  postsByDelivery,
  setUpCoalition,
} from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';
import {
  type Child,
  copyDatabase,
  integrityCheck,
  readDatabase,
  seededRandom,
  snapshotDatabase,
  startChild,
  stopGently,
  waitFor,
} from './fault-harness.js';

// `npm run test:faults` runs 20 kill trials per phase; CI sets FAULT_TRIALS lower to fit its time.
const TRIALS = Number(process.env.FAULT_TRIALS ?? 20);
const SEED = Number(process.env.FAULT_SEED ?? 20261125);
const PARTNERS = numberedPartners(24);
const ANSWERING = PARTNERS.slice(0, 16).map((partner) => partner.id);
const COORDINATOR = PARTNERS[0]?.id ?? '';
const PROMPT_TIME = '2026-11-30T09:00:00Z';

type Args = Record<string, unknown>;
const metadataType = (args: Args) => (args.metadata as { event_type?: string } | undefined)?.event_type ?? '';
const DIGEST_TYPES = new Set(['digest_summary', 'digest_reply', 'digest_blockers', 'private_notes']);
/** Messages of the message outbox: celebrations and task DMs, pending in every template (see `pendMessages`). */
const MESSAGE_TYPES = new Set(['coalition_celebration', 'task_message']);
const TASK_OWNERS = PARTNERS.slice(1, 5).map((partner) => partner.id);
const KUDOS = 2;
const DUE_SOON = '2026-12-02';
/** The outbox messages each trial must find in Slack once each: a milestone, kudos and task assignments. */
const MESSAGES = 1 + KUDOS + TASK_OWNERS.length;

interface Phase {
  name: 'prompts' | 'reminders' | 'digest';
  template: string;
  /** The child's clock starts a minute before the phase's sends are due. */
  clockStart: string;
  isPost: (args: Args) => boolean;
  expectedPosts: number;
  done: (databasePath: string) => boolean;
}

/** Every row of the message outbox (celebrations, their reaction, task DMs) has finished. */
const messagesDone = (databasePath: string) =>
  count(databasePath, "SELECT count(*) AS n FROM outbox_messages WHERE status IN ('pending', 'sending')") === 0;

interface Counts {
  trial: string;
  postsBeforeKill: number | null;
  /** Per partner (or per answer for replies): how many each received; every value must be 1. */
  perRecipient: Record<string, number[]>;
  integrity: string;
}

let sim: SlackSimulator;
let folder: string;
const phases = new Map<Phase['name'], Phase>();
const results: Counts[] = [];

const count = (databasePath: string, sql: string) =>
  readDatabase(databasePath, (db) => (db.prepare(sql).get() as { n: number }).n);

const path = (name: string) => join(folder, `${name}.db`);

/**
 * A milestone reached, kudos given and tasks assigned, over signed HTTP, while Slack refuses those posts: each
 * phase's template then holds their outbox rows still to send, and the trial's app sends them beside its phase.
 * Slack keeps refusing them until the templates are built.
 */
async function pendMessages(world: TestWorld): Promise<void> {
  sim.injectFault({ method: 'chat.postMessage', when: (args) => MESSAGE_TYPES.has(metadataType(args)), status: 500 });
  const command = async (userId: string, text: string) => {
    await world.driver.command({ userId, channelId: COALITION_CHANNEL, text });
    await world.settle();
  };
  await command(COORDINATOR, 'goal add "Every school has a named safeguarding lead"');
  await command(COORDINATOR, 'milestone add G-1 "Posters up in every school" target:1');
  await command(COORDINATOR, 'milestone done M-1');
  for (let index = 0; index < KUDOS; index += 1)
    await command(
      PARTNERS[index + 1]?.id ?? '',
      `kudos <@${COORDINATOR}|coordinator> for chairing meeting ${index + 1}`,
    );
  // The first task is due in two days, so its owner's due-date reminder is planned at 09:00 (and refused too).
  for (const [index, owner] of TASK_OWNERS.entries())
    await command(
      COORDINATOR,
      `assign <@${owner}|owner> Task number ${index + 1} due:${index ? '2027-01-20' : DUE_SOON}`,
    );
  const pending = count(path('build'), "SELECT count(*) AS n FROM outbox_messages WHERE status = 'pending'");
  if (pending !== MESSAGES) throw new Error(`expected ${MESSAGES} pending outbox messages, found ${pending}`);
}

/** Builds the three starting databases in-process: before the prompts, before the reminders, before the close. */
async function prepareTemplates(): Promise<void> {
  const world = await startTestWorld({ sim, databasePath: path('build'), overrides: { startScheduler: false } });
  await setUpCoalition(world, PARTNERS);
  await pendMessages(world);
  snapshotDatabase(path('build'), path('prompts'));
  world.clock.set(PROMPT_TIME);
  await world.app.tick(new Date(PROMPT_TIME));
  snapshotDatabase(path('build'), path('reminders'));
  world.clock.set('2026-11-30T10:20:00Z');
  for (const [index, userId] of ANSWERING.entries())
    await checkIn(world, userId, { progress: `Progress ${index}`, private_note: `NOTE-${index}` });
  snapshotDatabase(path('build'), path('digest'));
  await world.close();
  sim.clearFaults();
  // Prompts and reminders: one DM per partner, done when every row of the kind has finished.
  for (const [name, kind, type, clockStart] of [
    ['prompts', 'prompt', 'checkin_prompt', '2026-11-30T08:59:00Z'],
    ['reminders', 'reminder', 'checkin_reminder', '2026-12-01T08:59:00Z'],
  ] as const) {
    const finished = `SELECT count(*) AS n FROM deliveries WHERE kind = '${kind}' AND cycle_id = 1 AND status NOT IN ('pending', 'sending')`;
    phases.set(name, {
      name,
      template: path(name),
      clockStart,
      isPost: (args) => metadataType(args) === type || MESSAGE_TYPES.has(metadataType(args)),
      expectedPosts: PARTNERS.length + MESSAGES,
      done: (db) => count(db, finished) === PARTNERS.length && messagesDone(db),
    });
  }
  phases.set('digest', {
    name: 'digest',
    template: path('digest'),
    clockStart: '2026-12-02T08:59:00Z',
    isPost: (args) => DIGEST_TYPES.has(metadataType(args)) || MESSAGE_TYPES.has(metadataType(args)),
    expectedPosts: ANSWERING.length + 2 + MESSAGES,
    done: (db) =>
      count(db, `SELECT count(*) AS n FROM deliveries WHERE kind = 'close' AND status = 'sent' AND cycle_id = 1`) ===
        1 && messagesDone(db),
  });
}

/** Celebrations, task DMs and the reaction on the milestone: how many times each row's message is in Slack. */
function messagesReceived(databasePath: string): Record<string, number[]> {
  // Every row that was to be sent (a reminder with nothing left to remind is skipped, rightly unsent).
  const rows = readDatabase(databasePath, (db) =>
    db.prepare("SELECT id, kind FROM outbox_messages WHERE status != 'skipped'").all(),
  ) as Array<{ id: number; kind: string }>;
  const posted = (type: string, kind: string) => {
    const got = postsByDelivery(sim, type);
    const counts = rows.filter((row) => row.kind === kind).map((row) => got.get(row.id) ?? 0);
    return counts.length > 0 ? counts : [0];
  };
  const milestone = sim
    .messages({ channel: COALITION_CHANNEL, kind: 'message' })
    .filter((message) => /Milestone reached/.test(JSON.stringify(message.blocks)));
  const reactions = (message: (typeof milestone)[number]) =>
    ((message as { reactions?: Array<{ name: string; users: string[] }> }).reactions ?? [])
      .filter((reaction) => reaction.name === 'tada')
      .reduce((sum, reaction) => sum + reaction.users.filter((user) => user === sim.botUserId).length, 0);
  return {
    celebration: posted('coalition_celebration', 'celebration'),
    taskDm: posted('task_message', 'task_owner'),
    taskReminder: posted('task_message', 'task_reminder'),
    reaction: milestone.length > 0 ? milestone.map(reactions) : [0],
  };
}

/** What each recipient got in this trial, from the simulator's messages (found by our metadata). */
function received(phase: Phase, databasePath: string): Record<string, number[]> {
  const perPartner = (type: string) => {
    const got = dmsByUser(sim, type);
    return PARTNERS.map((partner) => got.get(partner.id) ?? 0);
  };
  const messages = messagesReceived(databasePath);
  if (phase.name === 'prompts') return { prompt: perPartner('checkin_prompt'), ...messages };
  if (phase.name === 'reminders') return { reminder: perPartner('checkin_reminder'), ...messages };
  const replies = postsByDelivery(sim, 'digest_reply');
  return {
    summary: [[...postsByDelivery(sim, 'digest_summary').values()].reduce((sum, n) => sum + n, 0)],
    replyPerAnswer: [...replies.values(), ...Array(Math.max(0, ANSWERING.length - replies.size)).fill(0)],
    privateNotesDm: [dmsByUser(sim, 'private_notes').get(COORDINATOR) ?? 0],
    ...messages,
  };
}

/**
 * One trial: a fresh copy of the phase's database, the app started, killed with SIGKILL at the chosen moment
 * (a random time, when a post reaches Slack, or after Slack posted but before its answer), started again and
 * left to finish; then what everyone received is counted and the database checked.
 */
async function killTrial(phase: Phase, index: number, random: () => number): Promise<Counts> {
  sim.reset();
  sim.clearFaults();
  const databasePath = join(folder, `${phase.name}-${index}.db`);
  copyDatabase(phase.template, databasePath);
  const mode =
    index === 0 ? 'before first post' : (['random time', 'at a post', 'between post and answer'] as const)[index % 3];
  const killAtPost = 1 + Math.floor(random() * phase.expectedPosts);
  // "Random time" counts from the first post (start-up takes seconds here), so it lands anywhere in the sending.
  const killAfterFirstPostMs = random() * 8 * phase.expectedPosts;
  let child: Child = startChild(sim, databasePath, phase.clockStart);
  let posts = 0;
  let postsBeforeKill: number | null = null;
  const kill = (target: Child) => {
    if (postsBeforeKill === null) postsBeforeKill = posts;
    target.process.kill('SIGKILL');
  };
  const first = child;
  sim.injectFault({
    method: 'chat.postMessage',
    when: (args) => {
      if (!phase.isPost(args)) return false;
      posts += 1;
      if (mode === 'random time' && posts === 1) setTimeout(() => kill(first), killAfterFirstPostMs);
      if (posts !== killAtPost || mode === 'random time' || mode === 'before first post') return false;
      if (mode === 'at a post') kill(first);
      else setTimeout(() => kill(first), 20);
      return mode === 'between post and answer';
    },
    answerAfterMs: 400,
  });
  // A little latency per post, so the kill lands inside the fan-out rather than after it.
  sim.injectFault({ method: 'chat.postMessage', delayMs: 3 });
  if (mode === 'before first post') setTimeout(() => kill(first), 100);
  // Whatever happens, the first process dies: a kill point the run never reached still ends it.
  void first.ready.then(() => setTimeout(() => kill(first), 15_000));
  await first.exited;
  sim.clearFaults();
  child = startChild(sim, databasePath, phase.clockStart);
  await child.ready;
  await waitFor(() => phase.done(databasePath), `${phase.name} trial ${index} to finish`);
  await stopGently(child);
  return {
    trial: `${phase.name} kill ${index} (${mode})`,
    postsBeforeKill,
    perRecipient: received(phase, databasePath),
    integrity: integrityCheck(databasePath),
  };
}

/** No kill: Slack misbehaves (faults added by `inject`) while the app runs the phase to its end. */
async function faultTrial(phase: Phase, name: string, inject: () => void): Promise<Counts> {
  sim.reset();
  sim.clearFaults();
  const databasePath = join(folder, `${phase.name}-${name.replace(/\W+/g, '-')}.db`);
  copyDatabase(phase.template, databasePath);
  inject();
  const child = startChild(sim, databasePath, phase.clockStart);
  await child.ready;
  await waitFor(() => phase.done(databasePath), `${phase.name} ${name} to finish`);
  await stopGently(child);
  const faulted = (method: string) => sim.calls(method).filter((call) => call.dropped || call.status >= 500).length;
  const dropped = faulted('chat.postMessage') + faulted('reactions.add');
  sim.clearFaults();
  expect(dropped).toBeGreaterThan(0);
  return {
    trial: `${phase.name} ${name} (${dropped} posts and reactions faulted)`,
    postsBeforeKill: null,
    perRecipient: received(phase, databasePath),
    integrity: integrityCheck(databasePath),
  };
}

function report(): void {
  const lines = results.map((result) => {
    const counts = Object.entries(result.perRecipient)
      .map(([what, values]) => {
        const histogram = new Map<number, number>();
        for (const value of values) histogram.set(value, (histogram.get(value) ?? 0) + 1);
        const shown = [...histogram].sort(([a], [b]) => a - b).map(([times, how]) => `${how}×${times}`);
        return `${what} ${shown.join(' ')}`;
      })
      .join(', ');
    const before = result.postsBeforeKill === null ? '' : ` killed after ${result.postsBeforeKill} posts;`;
    return `${result.trial}:${before} ${counts}; integrity ${result.integrity}`;
  });
  process.stdout.write(
    `\nFault suite (seed ${SEED}, ${TRIALS} kill trials per phase, ${PARTNERS.length} partners, ${ANSWERING.length} answers)\n`,
  );
  process.stdout.write(`(counts read "N×k": N recipients received it k times; only 1 is right)\n${lines.join('\n')}\n`);
}

beforeAll(async () => {
  sim = await startSlackSimulator();
  folder = mkdtempSync(join(tmpdir(), 'coalition-faults-'));
  await prepareTemplates();
}, 120_000);
afterAll(async () => {
  report();
  await sim.close();
  rmSync(folder, { recursive: true, force: true });
});

function expectExactlyOnce(result: Counts): void {
  const wrong = Object.entries(result.perRecipient).flatMap(([what, values]) =>
    values.some((value) => value !== 1) ? [`${what}: ${values.join(',')}`] : [],
  );
  expect({ trial: result.trial, wrong, integrity: result.integrity }).toEqual({
    trial: result.trial,
    wrong: [],
    integrity: 'ok',
  });
}

describe('kill -9 at random moments, then a restart', () => {
  for (const name of ['prompts', 'reminders', 'digest'] as const) {
    it(
      `${name}: everyone gets exactly one, in ${TRIALS} trials`,
      async () => {
        const random = seededRandom(SEED + name.length);
        const phase = phases.get(name);
        if (!phase) throw new Error('templates missing');
        for (let index = 0; index < TRIALS; index += 1) {
          const result = await killTrial(phase, index, random);
          results.push(result);
          expectExactlyOnce(result);
        }
      },
      30 * 60_000,
    );
  }
});

describe('Slack misbehaving without a crash', () => {
  for (const name of ['prompts', 'reminders', 'digest'] as const) {
    it(`${name}: exactly one each while 10% of posts are posted and their answer dropped`, async () => {
      const phase = phases.get(name);
      if (!phase) throw new Error('templates missing');
      const result = await faultTrial(phase, 'posted then dropped', () => {
        // The digest's summary first (the case that once made two summaries), then every tenth post.
        if (name === 'digest')
          sim.injectFault({
            method: 'chat.postMessage',
            when: (args) => metadataType(args) === 'digest_summary',
            dropAnswer: true,
            times: 1,
          });
        // Celebrations and task DMs: every third one, and the app's reaction on the milestone.
        sim.injectFault({
          method: 'chat.postMessage',
          when: (args) => MESSAGE_TYPES.has(metadataType(args)),
          dropAnswer: true,
          everyNth: 3,
        });
        sim.injectFault({ method: 'reactions.add', dropAnswer: true, times: 1 });
        sim.injectFault({ method: 'chat.postMessage', dropAnswer: true, everyNth: 10 });
      });
      results.push(result);
      expectExactlyOnce(result);
    }, 120_000);
  }

  it('digest: exactly one each through a burst of six HTTP 500s mid-thread', async () => {
    const phase = phases.get('digest');
    if (!phase) throw new Error('templates missing');
    let threadPosts = 0;
    let messagePosts = 0;
    const result = await faultTrial(phase, 'burst of 500s', () => {
      sim.injectFault({
        method: 'chat.postMessage',
        when: (args) => typeof args.thread_ts === 'string' && ++threadPosts > 3,
        status: 500,
        times: 6,
      });
      // And a burst on the celebrations and task DMs, from their second post on.
      sim.injectFault({
        method: 'chat.postMessage',
        when: (args) => MESSAGE_TYPES.has(metadataType(args)) && ++messagePosts > 1,
        status: 500,
        times: 4,
      });
    });
    results.push(result);
    expectExactlyOnce(result);
  }, 120_000);
});
