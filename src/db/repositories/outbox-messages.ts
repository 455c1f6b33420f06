import { and, eq, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { celebrations, outboxMessages } from '../schema.js';

type Row = typeof outboxMessages.$inferSelect;
export type OutboxMessageKind = Row['kind'];
export type OutboxMessageStatus = Row['status'];
export type OutboxMessage = Omit<Row, 'createdAt'>;
export type NewOutboxMessage = Pick<Row, 'teamId' | 'coalitionId' | 'kind' | 'dedupeKey' | 'refs'> & {
  body?: string | null;
  dueAt: Date;
};

function toMessage({ createdAt: _created, ...row }: Row): OutboxMessage {
  return row;
}

/** Pending and its time has come, or claimed by a sender whose claim ran out (a crash mid-send). */
function isDue(now: Date): SQL | undefined {
  return or(
    and(eq(outboxMessages.status, 'pending'), lte(outboxMessages.nextAttemptAt, now)),
    and(eq(outboxMessages.status, 'sending'), lt(outboxMessages.claimedUntil, now)),
  );
}

export function createOutboxMessageRepository({ db }: { db: Db }) {
  // Prepared once: every heartbeat asks it, and it reads only the rows that are due (two ranges of one index).
  const dueRows = preparedOnFirstUse(() =>
    db
      .select()
      .from(outboxMessages)
      .where(
        or(
          and(eq(outboxMessages.status, 'pending'), lte(outboxMessages.nextAttemptAt, sql.placeholder('now'))),
          and(eq(outboxMessages.status, 'sending'), lt(outboxMessages.claimedUntil, sql.placeholder('now'))),
        ),
      )
      .orderBy(outboxMessages.nextAttemptAt, outboxMessages.id)
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
  return {
    /** Writes the row unless its key exists already; its id when new. Call it inside the causing change's transaction. */
    plan({ dueAt, body, ...row }: NewOutboxMessage): number | undefined {
      return db
        .insert(outboxMessages)
        .values({ ...row, body: body ?? null, nextAttemptAt: dueAt })
        .onConflictDoNothing()
        .returning({ id: outboxMessages.id })
        .get()?.id;
    },
    due(now: Date, limit: number): OutboxMessage[] {
      return dueRows().all({ now: now.getTime(), limit }).map(toMessage);
    },
    /** Takes a row for sending; only one caller wins, even across processes. */
    claim(id: number, now: Date, claimUntil: Date): OutboxMessage | undefined {
      const row = db
        .update(outboxMessages)
        .set({ status: 'sending', claimedUntil: claimUntil, attempts: sql`${outboxMessages.attempts} + 1` })
        .where(and(eq(outboxMessages.id, id), isDue(now)))
        .returning()
        .get();
      return row && toMessage(row);
    },
    /** Done one way or another; the text it carried is no longer needed, so it is not kept. */
    finish(
      id: number,
      status: Exclude<OutboxMessageStatus, 'pending' | 'sending'>,
      now: Date,
      details: { outcome?: string; channelId?: string; messageTs?: string } = {},
    ): void {
      db.update(outboxMessages)
        .set({ status, doneAt: now, claimedUntil: null, body: null, ...details })
        .where(eq(outboxMessages.id, id))
        .run();
    },
    retryLater(id: number, nextAttemptAt: Date, outcome: string): void {
      db.update(outboxMessages)
        .set({ status: 'pending', nextAttemptAt, claimedUntil: null, outcome })
        .where(eq(outboxMessages.id, id))
        .run();
    },
    /**
     * A person's data is erased: celebrations still to post that name them or carry their words (a kudos given
     * or received, their shared win) are not posted, and the text they carried is gone.
     */
    dropCelebrationsOf(personId: number, userId: string, now: Date): number {
      const theirs = db
        .select({ id: celebrations.id })
        .from(celebrations)
        .where(or(eq(celebrations.recipientPersonId, personId), eq(celebrations.fromUserId, userId)));
      return db
        .update(outboxMessages)
        .set({ status: 'skipped', body: null, doneAt: now, claimedUntil: null, outcome: 'erased' })
        .where(
          and(
            eq(outboxMessages.kind, 'celebration'),
            inArray(outboxMessages.status, ['pending', 'sending']),
            or(
              sql`json_extract(${outboxMessages.refs}, '$.personId') = ${personId}`,
              sql`json_extract(${outboxMessages.refs}, '$.celebrationId') in ${theirs}`,
            ),
          ),
        )
        .run().changes;
    },
    findByKey(dedupeKey: string): OutboxMessage | undefined {
      const row = db.select().from(outboxMessages).where(eq(outboxMessages.dedupeKey, dedupeKey)).get();
      return row && toMessage(row);
    },
    findById(id: number): OutboxMessage | undefined {
      const row = db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).get();
      return row && toMessage(row);
    },
  };
}

export type OutboxMessageRepository = ReturnType<typeof createOutboxMessageRepository>;
