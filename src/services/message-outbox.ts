import type { Repositories } from '../db/repositories/index.js';
import type { NewOutboxMessage, OutboxMessage } from '../db/repositories/outbox-messages.js';
import { MAX_DELIVERY_ATTEMPTS, retryAt, SEND_CLAIM_MS } from '../domain/cycles.js';
import type { AppLogger } from '../logger.js';
import { createMessageHandlers } from './message-handlers.js';
import { type CelebrationNotifier, DeliveryFailure, type DigestNotifier, type TaskNotifier } from './ports.js';
import type { RosterService } from './roster.js';

const BATCH = 200;
const CONCURRENCY = 4;

export interface MessageOutboxDeps {
  repos: Repositories;
  roster: RosterService;
  celebrations: CelebrationNotifier;
  tasks: TaskNotifier;
  /** Tells coordinators what could not be sent after the last try. */
  problems: Pick<DigestNotifier, 'stepFailed'>;
  logger: AppLogger;
}

/**
 * Celebrations, their reaction and task DMs as outbox rows (outbox_messages): planned in the transaction of the
 * change that causes them, sent once with metadata naming the row, looked for in Slack before any resend, retried
 * with backoff and reported to coordinators after the last try. The dispatcher drains them on every beat; a
 * change sends its own rows at once (`sendNow`), after Slack's request was acknowledged.
 */
export function createMessageOutbox({ repos, roster, celebrations, tasks, problems, logger }: MessageOutboxDeps) {
  const run = createMessageHandlers({ repos, celebrations, tasks });

  async function reportGaveUp(row: OutboxMessage): Promise<void> {
    const coalition = repos.coalitions.findById(row.coalitionId);
    if (!coalition) return;
    await problems
      .stepFailed({
        coordinatorUserIds: roster.coordinatorIds(coalition),
        coalitionChannelId: coalition.channelId,
        cycleDate: null,
        part: row.kind.startsWith('celebration') ? 'celebration' : 'task_message',
      })
      .catch((error: unknown) => logger.error({ err: String(error) }, 'could not tell coordinators'));
  }

  async function failed(row: OutboxMessage, error: unknown, now: Date): Promise<void> {
    const code = error instanceof DeliveryFailure ? error.code : 'unexpected';
    if (!(error instanceof DeliveryFailure)) logger.error({ err: (error as Error).message }, 'unexpected send error');
    if ((error instanceof DeliveryFailure && error.kind === 'permanent') || row.attempts >= MAX_DELIVERY_ATTEMPTS) {
      repos.outboxMessages.finish(row.id, 'failed', now, { outcome: code });
      logger.error({ rowId: row.id, kind: row.kind, code }, 'gave up on a message after repeated failures');
      await reportGaveUp(row);
      return;
    }
    repos.outboxMessages.retryLater(row.id, retryAt(row.attempts, now), code);
    logger.info({ rowId: row.id, code, attempts: row.attempts }, 'message will be retried');
  }

  /** Sends one row if it is still due and nobody else holds it; true once it is sent. */
  async function handle(id: number, now: Date): Promise<boolean> {
    const row = repos.outboxMessages.claim(id, now, new Date(now.getTime() + SEND_CLAIM_MS));
    if (!row) return repos.outboxMessages.findById(id)?.status === 'sent';
    try {
      const outcome = await run(row);
      const followUp = repos.transaction(() => {
        if (outcome.status === 'skipped') {
          repos.outboxMessages.finish(row.id, 'skipped', now, { outcome: outcome.reason });
          return undefined;
        }
        const { channelId, ts } = outcome.message;
        repos.outboxMessages.finish(row.id, 'sent', now, { channelId, ...(ts ? { messageTs: ts } : {}) });
        return outcome.recorded?.(now);
      });
      if (followUp !== undefined) await handle(followUp, now);
      return outcome.status === 'sent';
    } catch (error) {
      await failed(row, error, now);
      return false;
    }
  }

  /** Everything due, a few at a time, reading again until a read brings nothing new (a retry comes back once). */
  async function drainDue(now: Date): Promise<number> {
    const seen = new Set<string>();
    const key = (row: OutboxMessage) => `${row.id}:${row.attempts}`;
    for (;;) {
      const due = repos.outboxMessages.due(now, BATCH).filter((row) => !seen.has(key(row)));
      if (due.length === 0) return seen.size;
      for (const row of due) seen.add(key(row));
      let next = 0;
      const worker = async () => {
        while (next < due.length) {
          const row = due[next++];
          if (row) await handle(row.id, now);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    }
  }

  return {
    /** Writes a row; call it inside the transaction of the change that causes the message. Its id when new. */
    plan: (row: NewOutboxMessage): number | undefined => repos.outboxMessages.plan(row),
    /** Sends these rows now (a first failure is retried once at once); true when every one is in Slack. */
    async sendNow(ids: Array<number | undefined>, now: Date): Promise<boolean> {
      let all = true;
      for (const id of ids) {
        if (id === undefined) continue;
        const sent = (await handle(id, now)) || (await handle(id, now));
        all &&= sent;
      }
      return all;
    },
    drainDue,
  };
}

export type MessageOutbox = ReturnType<typeof createMessageOutbox>;
