import { type AnyColumn, and, eq, inArray, lt, lte, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { DeliveryKind } from '../../domain/cycles.js';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { deliveries } from '../schema.js';
import type { NewDelivery } from './deliveries.js';

/** A new row's values for the prepared insert: times as the milliseconds the columns hold. */
export const plannedRow = (row: NewDelivery) => ({
  ...row,
  dueAt: row.dueAt.getTime(),
  expiresAt: row.expiresAt.getTime(),
});

/** Pending and its time has come, or being sent by someone whose claim ran out (a crash mid-send). */
export function isDue(now: Date | Placeholder): SQL | undefined {
  return or(
    and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)),
    and(eq(deliveries.status, 'sending'), lt(deliveries.claimedUntil, now)),
  );
}

const sqlIncrement = () => sql`${deliveries.attempts} + 1`;

/**
 * The outbox's statements that run for every row sent or every beat, prepared once each (on first use): building a
 * drizzle query and having SQLite compile it costs more than running it.
 */
export function createDeliveryStatements(db: Db) {
  // Prepared once: the heartbeat asks this every minute. Two index ranges (pending by next attempt, expired
  // claims), so a beat reads only the rows that are due.
  const dueRows = preparedOnFirstUse(() =>
    db
      .select()
      .from(deliveries)
      .where(isDue(sql.placeholder('now')))
      .orderBy(deliveries.dueAt, deliveries.id)
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
  // Every row sent is claimed and then finished (a fan-out is a thousand of each): both prepared once. A detail
  // not given (null) leaves its column as it was.
  const claimRow = preparedOnFirstUse(() =>
    db
      .update(deliveries)
      .set({ status: 'sending', claimedUntil: sql`${sql.placeholder('claimUntil')}`, attempts: sqlIncrement() })
      .where(and(eq(deliveries.id, sql.placeholder('id')), isDue(sql.placeholder('now'))))
      .returning()
      .prepare(),
  );
  const kept = (column: AnyColumn, name: string) => sql`coalesce(${sql.placeholder(name)}, ${column})`;
  const finishRow = preparedOnFirstUse(() =>
    db
      .update(deliveries)
      .set({
        status: sql`${sql.placeholder('status')}`,
        doneAt: sql`${sql.placeholder('doneAt')}`,
        claimedUntil: null,
        outcome: kept(deliveries.outcome, 'outcome'),
        path: kept(deliveries.path, 'path'),
        channelId: kept(deliveries.channelId, 'channelId'),
        messageTs: kept(deliveries.messageTs, 'messageTs'),
      })
      .where(eq(deliveries.id, sql.placeholder('id')))
      .prepare(),
  );
  // The heartbeat plans one prompt per person it admits (1,000 at 09:00): prepared once rather than built each time.
  const planOneRow = preparedOnFirstUse(() =>
    db
      .insert(deliveries)
      .values({
        teamId: sql.placeholder('teamId'),
        cycleId: sql.placeholder('cycleId'),
        personId: sql.placeholder('personId'),
        kind: sql.placeholder('kind'),
        dedupeKey: sql.placeholder('dedupeKey'),
        dueAt: sql`${sql.placeholder('dueAt')}`,
        expiresAt: sql`${sql.placeholder('expiresAt')}`,
        nextAttemptAt: sql`${sql.placeholder('dueAt')}`,
      })
      .onConflictDoNothing()
      .prepare(),
  );
  // One prepared statement per list of kinds asked about (in practice one: a digest's steps).
  const statusCountsByKinds = new Map<string, ReturnType<typeof prepareStatusCounts>>();
  const prepareStatusCounts = (kinds: readonly DeliveryKind[]) =>
    db
      .select({ kind: deliveries.kind, status: deliveries.status, rows: sql<number>`count(*)` })
      .from(deliveries)
      .where(and(eq(deliveries.cycleId, sql.placeholder('cycleId')), inArray(deliveries.kind, [...kinds])))
      .groupBy(deliveries.kind, deliveries.status)
      .prepare();
  const statusCountsFor = (kinds: readonly DeliveryKind[]) => {
    const key = kinds.join(',');
    let query = statusCountsByKinds.get(key);
    if (!query) {
      query = prepareStatusCounts(kinds);
      statusCountsByKinds.set(key, query);
    }
    return query;
  };
  return { dueRows, claimRow, finishRow, planOneRow, statusCountsFor };
}
