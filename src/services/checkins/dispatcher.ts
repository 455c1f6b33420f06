import type { Repositories } from '../../db/repositories/index.js';
import { type Delivery, MAX_DELIVERY_ATTEMPTS, retryAt, SEND_CLAIM_MS } from '../../domain/cycles.js';
import type { Person } from '../../domain/people.js';
import { decideSend } from '../../domain/send-decision.js';
import type { AppLogger } from '../../logger.js';
import { DIGEST_STEP_KINDS, type DigestJob } from '../digest-job.js';
import { type CheckinNotifier, DeliveryFailure, type PromptContent, type SentMessage } from '../ports.js';
import { summarise } from '../tasks/task-service.js';

// Rows are read a batch at a time and drained continuously; the pace is Slack's (web-api's queue and Retry-After).
const BATCH = 500;
const CONCURRENCY = 8;
/** How often a closed cycle's row looks again at its digest's steps while they are still going. */
const CLOSE_RECHECK_MS = 60_000;
// A prompt sent this long after its time (after downtime) says so, so the partner knows why it is late.
const LATE_AFTER_MS = 15 * 60_000;

interface Deps {
  repos: Repositories;
  notifier: CheckinNotifier;
  logger: AppLogger;
  /** Posts a closed cycle's digest as durable steps (rows of this same outbox). */
  digestJob?: DigestJob;
  /** After a cycle's close and every step of its digest are done (a failure here is logged, never re-run). */
  onCycleClosed?: (cycleId: number, now: Date) => Promise<void>;
  /** Plans the prompt's reminders from when it actually went out (and closes older check-ins for the person). */
  onPromptSent?: (prompt: Delivery, sentAt: Date) => void;
  /** The outbox of messages outside cycles (celebrations, task DMs), drained on the same beat. */
  messages?: { drainDue(now: Date): Promise<number> };
}

type Outcome =
  | { status: 'sent'; message: SentMessage | { channelId: string; ts: string | null } }
  | { status: 'skipped' | 'dropped'; reason: string }
  | { status: 'deferred'; until: Date; reason: string };

export function createDispatcher({ repos, notifier, logger, digestJob, onCycleClosed, onPromptSent, messages }: Deps) {
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
    const kind = delivery.kind === 'prompt' ? 'prompt' : 'reminder';
    // A second attempt may follow a send whose answer never came back: look in the DM before sending again.
    const already = delivery.attempts > 1 ? await notifier.findSent(person.slackUserId, kind, delivery.id) : undefined;
    if (already) return { status: 'sent', message: already };
    if (kind === 'prompt') return { status: 'sent', message: await notifier.sendPrompt(target, content) };
    return { status: 'sent', message: await notifier.sendReminder({ ...target, path: prompt?.path ?? null }, content) };
  }

  /** Once per cycle, after its close row finished; what it adds (a monthly chart) never re-runs the close. */
  async function closed(cycleId: number, now: Date): Promise<void> {
    await onCycleClosed?.(cycleId, now).catch((error: unknown) =>
      logger.error({ cycleId, err: String(error) }, 'work after a cycle closed failed'),
    );
  }

  /** The close row closes the cycle, plans its digest, and stays pending until every step of it is done. */
  async function closeCycle(delivery: Delivery, now: Date): Promise<void> {
    repos.cycles.close(delivery.cycleId, now);
    digestJob?.plan(delivery.cycleId, now);
    if (digestJob && !digestJob.isComplete(delivery.cycleId))
      return repos.deliveries.retryLater(delivery.id, new Date(now.getTime() + CLOSE_RECHECK_MS), 'digest under way');
    repos.deliveries.finish(delivery.id, 'sent', now, { outcome: 'closed' });
    await closed(delivery.cycleId, now);
  }

  /** The last step of a digest to finish ends the close row that waits for it. */
  async function afterDigestStep(delivery: Delivery, now: Date): Promise<void> {
    if (!digestJob || !DIGEST_STEP_KINDS.includes(delivery.kind)) return;
    if (digestJob.isComplete(delivery.cycleId) && repos.deliveries.finishWaitingClose(delivery.cycleId, now))
      await closed(delivery.cycleId, now);
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
      logger.error(
        { deliveryId: delivery.id, kind: delivery.kind, code },
        'gave up on a delivery after repeated failures',
      );
      if (digestJob && DIGEST_STEP_KINDS.includes(delivery.kind))
        await digestJob
          .reportGaveUp(delivery)
          .catch((error: unknown) => logger.error({ err: String(error) }, 'could not tell coordinators'));
      await afterDigestStep(delivery, now);
      return;
    }
    // A first failure (a reset connection, one 5xx) is tried again in this same drain, after a look in Slack.
    repos.deliveries.retryLater(delivery.id, retryAt(delivery.attempts, now), code);
    logger.info({ deliveryId: delivery.id, code, attempts: delivery.attempts }, 'delivery will be retried');
    if (!(error instanceof DeliveryFailure))
      logger.error({ err: (error as Error).message }, 'unexpected delivery error');
  }

  async function handle(candidate: Delivery, now: Date): Promise<void> {
    const delivery = repos.deliveries.claim(candidate.id, now, new Date(now.getTime() + SEND_CLAIM_MS));
    if (!delivery) return;
    try {
      if (delivery.kind === 'close') return closeCycle(delivery, now);
      const outcome =
        digestJob && DIGEST_STEP_KINDS.includes(delivery.kind)
          ? await digestJob.run(delivery, now)
          : await sendToPerson(delivery, now);
      if (outcome.status === 'sent') {
        const { channelId, ts } = outcome.message;
        const path = (outcome.message as Partial<SentMessage>).path;
        // A prompt recorded as sent and its reminders are one transaction: a crash between them cannot leave
        // a prompt without its reminder.
        repos.transaction(() => {
          repos.deliveries.finish(delivery.id, 'sent', now, {
            ...(path ? { path } : {}),
            channelId,
            ...(ts ? { messageTs: ts } : {}),
          });
          if (delivery.kind === 'prompt') onPromptSent?.(delivery, now);
        });
      } else if (outcome.status === 'deferred') {
        repos.deliveries.deferTo(delivery.id, outcome.until, outcome.reason);
      } else {
        repos.deliveries.finish(delivery.id, outcome.status, now, { outcome: outcome.reason });
      }
      await afterDigestStep(delivery, now);
    } catch (error) {
      await handleFailure(delivery, error, now);
    }
  }

  /**
   * Drains what `read` returns, a few at a time, reading again when a batch is done (a row planned meanwhile,
   * such as a digest's replies once its summary is out, goes in the same drain). Stops when a read brings
   * nothing new: a row that was handled and is still due (claimed elsewhere) is not read twice.
   */
  async function drain(read: () => Delivery[], now: Date): Promise<number> {
    // By row and attempt: a row put back for an immediate retry is read again, once.
    const seen = new Set<string>();
    const key = (delivery: Delivery) => `${delivery.id}:${delivery.attempts}`;
    for (;;) {
      const due = read().filter((delivery) => !seen.has(key(delivery)));
      if (due.length === 0) return seen.size;
      for (const delivery of due) seen.add(key(delivery));
      let next = 0;
      const worker = async () => {
        while (next < due.length) {
          const delivery = due[next++];
          if (delivery) await handle(delivery, now);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    }
  }

  return {
    /** Sends everything due at `now`, continuously, a few at a time; returns how many rows it looked at. */
    async dispatchDue(now: Date): Promise<number> {
      const examined = await drain(() => repos.deliveries.due(now, BATCH), now);
      return examined + ((await messages?.drainDue(now)) ?? 0);
    },
    /** One cycle's due digest steps, now: a digest a coordinator asked for, or a late answer's reply. */
    async dispatchCycle(cycleId: number, now: Date): Promise<void> {
      await drain(() => repos.deliveries.dueForCycle(cycleId, now, DIGEST_STEP_KINDS, BATCH), now);
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
