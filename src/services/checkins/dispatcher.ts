import type { Repositories } from '../../db/repositories/index.js';
import { type Delivery, MAX_DELIVERY_ATTEMPTS, nextAttemptAfter } from '../../domain/cycles.js';
import type { Person } from '../../domain/people.js';
import { decideSend } from '../../domain/send-decision.js';
import type { AppLogger } from '../../logger.js';
import { type CheckinNotifier, DeliveryFailure, type PromptContent, type SentMessage } from '../ports.js';
import { summarise } from '../tasks/task-service.js';

// A claim outlives any single send (web-api's own 429 waits included); after it a crashed send is retried,
// and the retry first looks in Slack's history, so the message is not sent twice.
const CLAIM_MS = 5 * 60_000;
const BATCH = 500;
const CONCURRENCY = 8;
// A prompt sent this long after its time (after downtime) says so, so the partner knows why it is late.
const LATE_AFTER_MS = 15 * 60_000;

interface Deps {
  repos: Repositories;
  notifier: CheckinNotifier;
  logger: AppLogger;
  onCycleClosed?: (cycleId: number, now: Date) => Promise<void>;
  /** Plans the prompt's reminders from when it actually went out (and closes older check-ins for the person). */
  onPromptSent?: (prompt: Delivery, sentAt: Date) => void;
}

type Outcome =
  | { status: 'sent'; message: SentMessage }
  | { status: 'skipped' | 'dropped'; reason: string }
  | { status: 'deferred'; until: Date; reason: string };

export function createDispatcher({ repos, notifier, logger, onCycleClosed, onPromptSent }: Deps) {
  function whyNotSend(delivery: Delivery, person: Person | undefined): Outcome | undefined {
    if (!person?.active) return { status: 'skipped', reason: 'person inactive' };
    if (repos.responses.find(delivery.cycleId, person.id)) return { status: 'skipped', reason: 'already responded' };
    return undefined;
  }

  async function sendToPerson(delivery: Delivery, now: Date): Promise<Outcome> {
    const person = delivery.personId === null ? undefined : repos.people.findById(delivery.personId);
    const cycle = repos.cycles.findById(delivery.cycleId);
    const coalition = cycle && repos.coalitions.findById(cycle.coalitionId);
    if (!cycle || !coalition) return { status: 'skipped', reason: 'cycle gone' };
    const refusal = whyNotSend(delivery, person);
    if (refusal || !person) return refusal ?? { status: 'skipped', reason: 'person gone' };
    const prompt = delivery.kind === 'reminder' ? repos.deliveries.findPrompt(delivery.cycleId, person.id) : undefined;
    const rules = repos.schedules.find(coalition.id)?.schedule;
    const sentAt = prompt?.status === 'sent' ? prompt.doneAt : null;
    const decision = decideSend(delivery, { tz: person.tz, rules, promptSentAt: sentAt }, now);
    if (decision.action === 'drop') return { status: 'dropped', reason: decision.reason };
    if (decision.action === 'defer') return { status: 'deferred', until: decision.until, reason: decision.reason };
    const target = { userId: person.slackUserId, coalitionChannelId: coalition.channelId };
    const content: PromptContent = {
      deliveryId: delivery.id,
      cycleId: cycle.id,
      coalitionName: coalition.name,
      cycleDate: cycle.cycleDate,
      closesAt: delivery.expiresAt,
      tz: person.tz,
      late: now.getTime() > delivery.dueAt.getTime() + LATE_AFTER_MS,
      tasks: repos.tasks.listOpenByOwner(person.id).map(summarise),
    };
    if (delivery.kind === 'prompt') {
      if (delivery.attempts > 1) {
        const already = await notifier.findSentPrompt(person.slackUserId, delivery.id);
        if (already) return { status: 'sent', message: already };
      }
      return { status: 'sent', message: await notifier.sendPrompt(target, content) };
    }
    return { status: 'sent', message: await notifier.sendReminder({ ...target, path: prompt?.path ?? null }, content) };
  }

  function deactivate(delivery: Delivery, code: string, now: Date): void {
    if (delivery.personId === null) return;
    repos.people.update(delivery.personId, { active: false, leftAt: now, inactiveReason: code });
    repos.deliveries.cancelPendingFor(delivery.personId, now, `unreachable: ${code}`);
  }

  async function handleFailure(delivery: Delivery, error: unknown, now: Date): Promise<void> {
    if (error instanceof DeliveryFailure && error.kind === 'permanent') {
      deactivate(delivery, error.code, now);
      repos.deliveries.finish(delivery.id, 'failed', now, { outcome: error.code });
      logger.warn({ deliveryId: delivery.id, code: error.code }, 'person cannot be reached; marked inactive');
      return;
    }
    const code = error instanceof DeliveryFailure ? error.code : 'unexpected';
    if (delivery.attempts >= MAX_DELIVERY_ATTEMPTS) {
      repos.deliveries.finish(delivery.id, 'failed', now, { outcome: code });
      logger.error({ deliveryId: delivery.id, code }, 'gave up on a delivery after repeated failures');
      return;
    }
    repos.deliveries.retryLater(delivery.id, nextAttemptAfter(delivery.attempts, now), code);
    logger.info({ deliveryId: delivery.id, code, attempts: delivery.attempts }, 'delivery will be retried');
    if (!(error instanceof DeliveryFailure))
      logger.error({ err: (error as Error).message }, 'unexpected delivery error');
  }

  async function handle(candidate: Delivery, now: Date): Promise<void> {
    const delivery = repos.deliveries.claim(candidate.id, now, new Date(now.getTime() + CLAIM_MS));
    if (!delivery) return;
    try {
      if (delivery.kind === 'close') {
        repos.cycles.close(delivery.cycleId, now);
        // Posting the digest is idempotent by itself, so a retry after a failed post tries again.
        await onCycleClosed?.(delivery.cycleId, now);
        repos.deliveries.finish(delivery.id, 'sent', now, { outcome: 'closed' });
        return;
      }
      const outcome = await sendToPerson(delivery, now);
      if (outcome.status === 'sent') {
        const { path, channelId, ts } = outcome.message;
        repos.deliveries.finish(delivery.id, 'sent', now, { path, channelId, ...(ts ? { messageTs: ts } : {}) });
        if (delivery.kind === 'prompt') onPromptSent?.(delivery, now);
      } else if (outcome.status === 'deferred') {
        repos.deliveries.deferTo(delivery.id, outcome.until, outcome.reason);
      } else {
        repos.deliveries.finish(delivery.id, outcome.status, now, { outcome: outcome.reason });
      }
    } catch (error) {
      await handleFailure(delivery, error, now);
    }
  }

  return {
    /** Sends everything due at `now`, a few at a time; returns how many rows it looked at. */
    async dispatchDue(now: Date): Promise<number> {
      const due = repos.deliveries.due(now, BATCH);
      let next = 0;
      const worker = async () => {
        while (next < due.length) {
          const delivery = due[next++];
          if (delivery) await handle(delivery, now);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      return due.length;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
