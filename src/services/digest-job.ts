import type { NewDelivery } from '../db/repositories/deliveries.js';
import type { Repositories } from '../db/repositories/index.js';
import { type Cycle, type Delivery, type DeliveryKind, deliveryKey } from '../domain/cycles.js';
import { digestReplyFor } from '../domain/digest.js';
import type { Coalition } from '../domain/people.js';
import { createDigestBuilder } from './digest-builder.js';
import { type ChannelMessageRef, DeliveryFailure, type DigestNotifier } from './ports.js';
import { createPrivateNoteBatches } from './private-notes.js';
import type { RosterService } from './roster.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A digest step is never too late to send: its row only needs some expiry. */
const STEP_LIFETIME_MS = 30 * DAY_MS;

export const DIGEST_STEP_KINDS: readonly DeliveryKind[] = [
  'digest_summary',
  'digest_reply',
  'digest_blockers',
  'private_notes',
];
const TERMINAL = new Set(['sent', 'skipped', 'dropped', 'failed']);

export type StepOutcome = { status: 'sent'; message: ChannelMessageRef } | { status: 'skipped'; reason: string };

/**
 * A digest is a job of durable steps, each an outbox row with its own key: the summary; once it is in Slack, one
 * reply per answer and the blockers the summary had no room for; and the coordinators' private notes, batched by
 * the hour they were written. A step whose answer was lost (crash, dropped connection, 5xx) is looked for in Slack
 * by its metadata before it is sent again.
 */
export function createDigestJob({
  repos,
  roster,
  notifier,
}: {
  repos: Repositories;
  roster: RosterService;
  notifier: DigestNotifier;
}) {
  const { build, recordBlockers, personOf, publicAnswers } = createDigestBuilder({ repos, roster });
  const notes = createPrivateNoteBatches({ repos, notifier });

  function step(cycle: Cycle, kind: DeliveryKind, personId: number | null, dueAt: Date, sequence = 0): NewDelivery {
    return {
      teamId: cycle.teamId,
      cycleId: cycle.id,
      personId,
      kind,
      dedupeKey: deliveryKey(cycle.id, personId, kind, sequence),
      dueAt,
      expiresAt: new Date(dueAt.getTime() + STEP_LIFETIME_MS),
    };
  }

  const summaryRow = (cycleId: number) => repos.deliveries.findByKey(deliveryKey(cycleId, null, 'digest_summary'));

  /** Replies in name order (the thread reads like the summary), then the blockers that did not fit. */
  function planFollowers(cycle: Cycle, now: Date): void {
    const people = new Map(repos.people.listByCoalition(cycle.coalitionId).map((person) => [person.id, person]));
    const answered = repos.responses
      .listForCycle(cycle.id)
      .filter((response) => response.status === 'answered' && people.has(response.personId))
      .sort((a, b) =>
        (people.get(a.personId)?.displayName ?? '').localeCompare(people.get(b.personId)?.displayName ?? ''),
      );
    repos.deliveries.planMany([
      ...answered.map((response) => step(cycle, 'digest_reply', response.personId, now)),
      step(cycle, 'digest_blockers', null, now),
    ]);
  }

  function load(delivery: Delivery): { cycle: Cycle; coalition: Coalition } | undefined {
    const cycle = repos.cycles.findById(delivery.cycleId);
    const coalition = cycle && repos.coalitions.findById(cycle.coalitionId);
    return cycle && coalition ? { cycle, coalition } : undefined;
  }

  /** The summary already in Slack; a thread step waits (retries) until it is. */
  function postedSummary(cycleId: number): ChannelMessageRef & { ts: string } {
    const posted = repos.digests.forCycle(cycleId);
    if (!posted?.ts) throw new DeliveryFailure('transient', 'summary_not_posted');
    return { channelId: posted.channelId, ts: posted.ts };
  }

  const since = (coalition: Coalition, cycle: Cycle) =>
    repos.digests.lastPostedBefore(coalition.id, cycle.id) ?? new Date(cycle.opensAt.getTime() - 7 * DAY_MS);

  async function summary(delivery: Delivery, cycle: Cycle, coalition: Coalition, now: Date): Promise<StepOutcome> {
    const [found] =
      delivery.attempts > 1
        ? await notifier.findSent({ channelId: coalition.channelId }, 'digest_summary', delivery.id)
        : [];
    let message: ChannelMessageRef = { channelId: coalition.channelId, ts: found?.ts ?? null };
    if (!found) {
      recordBlockers(coalition, cycle, now);
      const { digest, notedMissing } = build(coalition, cycle, now, since(coalition, cycle));
      message = await notifier.postSummary(coalition.channelId, digest, delivery.id);
      if (notedMissing) repos.coalitions.noteMissingSectors(coalition.id, now);
    }
    const record = { teamId: coalition.teamId, coalitionId: coalition.id, cycleId: cycle.id };
    const digestId =
      repos.digests.claim({ ...record, channelId: coalition.channelId, postedAt: now }) ??
      repos.digests.forCycle(cycle.id)?.id;
    if (digestId !== undefined) repos.digests.setTs(digestId, message.ts);
    return { status: 'sent', message };
  }

  async function reply(delivery: Delivery, cycle: Cycle): Promise<StepOutcome> {
    const thread = postedSummary(cycle.id);
    const person = delivery.personId === null ? undefined : repos.people.findById(delivery.personId);
    const response = person && repos.responses.find(cycle.id, person.id);
    if (!person || response?.status !== 'answered') return { status: 'skipped', reason: 'no answer' };
    const [found] =
      delivery.attempts > 1
        ? await notifier.findSent({ ...thread, threadTs: thread.ts }, 'digest_reply', delivery.id)
        : [];
    if (found) return { status: 'sent', message: { channelId: thread.channelId, ts: found.ts } };
    const content = digestReplyFor(
      { person: personOf(person), late: response.late, answers: publicAnswers(cycle, response.answers) },
      cycle.questions,
    );
    return { status: 'sent', message: await notifier.postReply(thread, content, delivery.id) };
  }

  async function moreBlockers(delivery: Delivery, cycle: Cycle, coalition: Coalition, now: Date) {
    const thread = postedSummary(cycle.id);
    const found =
      delivery.attempts > 1
        ? await notifier.findSent({ ...thread, threadTs: thread.ts }, 'digest_blockers', delivery.id)
        : [];
    const { digest } = build(coalition, cycle, now, since(coalition, cycle));
    const skip = new Set(found.map((message) => message.part));
    await notifier.postMoreBlockers(thread, digest.blockers, delivery.id, skip);
    return { status: 'sent' as const, message: { channelId: thread.channelId, ts: null } };
  }

  return {
    /**
     * The close row's part: the summary step, and its followers once the summary is in Slack. Safe to repeat;
     * true when the summary was planned by this call.
     */
    plan(cycleId: number, now: Date): boolean {
      const cycle = repos.cycles.findById(cycleId);
      if (!cycle) return false;
      const planned = repos.deliveries.planMany([step(cycle, 'digest_summary', null, now)]) === 1;
      if (summaryRow(cycleId)?.status === 'sent') planFollowers(cycle, now);
      return planned;
    },

    /** A cycle's digest is done when every step has finished, one way or another. */
    isComplete(cycleId: number): boolean {
      const counts = repos.deliveries.statusCounts(cycleId, DIGEST_STEP_KINDS);
      // The summary has one row per cycle (its key), so one count.
      const head = counts.find((count) => count.kind === 'digest_summary');
      if (!head || !TERMINAL.has(head.status)) return false;
      if (head.status === 'sent' && !counts.some((count) => count.kind === 'digest_blockers')) return false;
      return counts.every((count) => TERMINAL.has(count.status));
    },

    /** A late answer joins the thread: its reply step, when the summary is already out. Returns the row's id. */
    planLateReply(cycleId: number, personId: number, now: Date): number | undefined {
      const cycle = repos.cycles.findById(cycleId);
      // The digest row gets its ts in the same synchronous stretch that plans the replies, so none falls between.
      if (!cycle || !repos.digests.forCycle(cycleId)?.ts) return undefined;
      const row = step(cycle, 'digest_reply', personId, now);
      repos.deliveries.planMany([row]);
      return repos.deliveries.findByKey(row.dedupeKey)?.id;
    },

    /** A private note reaches every coordinator within the hour: one batch per coordinator per clock hour. */
    planPrivateNotes(cycleId: number, now: Date): void {
      const cycle = repos.cycles.findById(cycleId);
      if (cycle) repos.deliveries.planMany(notes.plan(cycle, now, (...args) => step(cycle, ...args)));
    },

    /** Runs one step; throws DeliveryFailure for the outbox to retry. */
    async run(delivery: Delivery, now: Date): Promise<StepOutcome> {
      const loaded = load(delivery);
      if (!loaded) return { status: 'skipped', reason: 'cycle gone' };
      const { cycle, coalition } = loaded;
      switch (delivery.kind) {
        case 'digest_summary': {
          const outcome = await summary(delivery, cycle, coalition, now);
          planFollowers(cycle, now);
          return outcome;
        }
        case 'digest_reply':
          return reply(delivery, cycle);
        case 'digest_blockers':
          return moreBlockers(delivery, cycle, coalition, now);
        default:
          return notes.send(delivery, cycle, coalition);
      }
    },

    /** After the last try: the coordinators hear which part is missing, so nothing is dropped silently. */
    async reportGaveUp(delivery: Delivery): Promise<void> {
      const loaded = load(delivery);
      if (!loaded) return;
      await notifier.stepFailed({
        coordinatorUserIds: roster.coordinatorIds(loaded.coalition),
        coalitionChannelId: loaded.coalition.channelId,
        cycleDate: loaded.cycle.cycleDate,
        part: delivery.kind === 'private_notes' ? 'private_notes' : 'digest',
      });
    },
  };
}

export type DigestJob = ReturnType<typeof createDigestJob>;
