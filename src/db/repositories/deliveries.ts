import { and, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Delivery, DeliveryKind, DeliveryPath, DeliveryStatus } from '../../domain/cycles.js';
import type { Db } from '../client.js';
import { deliveries } from '../schema.js';
import { createDeliveryStatements, isDue, plannedRow } from './delivery-statements.js';

type DeliveryRow = typeof deliveries.$inferSelect;
export type NewDelivery = Pick<
  Delivery,
  'teamId' | 'cycleId' | 'personId' | 'kind' | 'dedupeKey' | 'dueAt' | 'expiresAt'
>;

function toDelivery(row: DeliveryRow): Delivery {
  return { ...row };
}

export function createDeliveryRepository({ db }: { db: Db }) {
  const selectDue = (where: SQL | undefined, limit: number): Delivery[] =>
    db
      .select()
      .from(deliveries)
      .where(where)
      .orderBy(deliveries.dueAt, deliveries.id)
      .limit(limit)
      .all()
      .map(toDelivery);
  function cancelPending(personId: number, now: Date, outcome: string, cycles: SQL | undefined): number {
    return db
      .update(deliveries)
      .set({ status: 'skipped', doneAt: now, outcome })
      .where(
        and(
          eq(deliveries.personId, personId),
          eq(deliveries.status, 'pending'),
          inArray(deliveries.kind, ['prompt', 'reminder']),
          cycles,
        ),
      )
      .run().changes;
  }
  const { dueRows, claimRow, finishRow, planOneRow, statusCountsFor } = createDeliveryStatements(db);
  return {
    /**
     * How many of a cycle's rows of these kinds are in each status. Whether a job of many steps is done is asked
     * after each step; loading every row of the cycle to answer it made a 1,000-partner digest quadratic.
     */
    statusCounts(
      cycleId: number,
      kinds: readonly DeliveryKind[],
    ): Array<{ kind: DeliveryKind; status: DeliveryStatus; rows: number }> {
      const query = statusCountsFor(kinds);
      return query.all({ cycleId });
    },
    /** Inserts the rows that are new; existing keys are left as they are. Returns how many were new. */
    planMany(rows: NewDelivery[]): number {
      if (rows.length === 0) return 0;
      const [only] = rows;
      if (rows.length === 1 && only) return planOneRow().run(plannedRow(only)).changes;
      return db
        .insert(deliveries)
        .values(rows.map((row) => ({ ...row, nextAttemptAt: row.dueAt })))
        .onConflictDoNothing()
        .run().changes;
    },
    /** The pending row whose time comes first, for a preview of what the heartbeat does next. */
    nextPending(): Delivery | undefined {
      const row = db
        .select()
        .from(deliveries)
        .where(eq(deliveries.status, 'pending'))
        .orderBy(deliveries.nextAttemptAt, deliveries.id)
        .limit(1)
        .get();
      return row && toDelivery(row);
    },
    /** Pending rows whose time has come, and rows whose sender died mid-send (claim expired). */
    due(now: Date, limit: number): Delivery[] {
      return dueRows().all({ now: now.getTime(), limit }).map(toDelivery);
    },
    /**
     * Takes a row for sending. Only one caller wins, even across processes; a claim that outlives a crash
     * expires so the row is picked up again (and then checked against Slack's history before resending).
     */
    claim(id: number, now: Date, claimUntil: Date): Delivery | undefined {
      const row = claimRow().get({ id, now: now.getTime(), claimUntil: claimUntil.getTime() });
      return row && toDelivery(row);
    },
    finish(
      id: number,
      status: DeliveryStatus,
      now: Date,
      details: { outcome?: string; path?: DeliveryPath; channelId?: string; messageTs?: string } = {},
    ): void {
      finishRow().run({
        id,
        status,
        doneAt: now.getTime(),
        outcome: details.outcome ?? null,
        path: details.path ?? null,
        channelId: details.channelId ?? null,
        messageTs: details.messageTs ?? null,
      });
    },
    retryLater(id: number, nextAttemptAt: Date, outcome: string): void {
      db.update(deliveries)
        .set({ status: 'pending', nextAttemptAt, claimedUntil: null, outcome })
        .where(eq(deliveries.id, id))
        .run();
    },
    findByKey(dedupeKey: string): Delivery | undefined {
      const row = db.select().from(deliveries).where(eq(deliveries.dedupeKey, dedupeKey)).get();
      return row && toDelivery(row);
    },
    /** One cycle's due rows of these kinds: a digest asked for now, or a late answer's reply. */
    dueForCycle(cycleId: number, now: Date, kinds: readonly DeliveryKind[], limit: number): Delivery[] {
      return selectDue(and(eq(deliveries.cycleId, cycleId), inArray(deliveries.kind, [...kinds]), isDue(now)), limit);
    },
    /** The close row waits (pending) until its digest's steps are done; the last step to finish ends it. */
    finishWaitingClose(cycleId: number, now: Date): boolean {
      return (
        db
          .update(deliveries)
          .set({ status: 'sent', doneAt: now, claimedUntil: null, outcome: 'closed' })
          .where(and(eq(deliveries.cycleId, cycleId), eq(deliveries.kind, 'close'), eq(deliveries.status, 'pending')))
          .run().changes === 1
      );
    },
    findPrompt(cycleId: number, personId: number): Delivery | undefined {
      const row = db
        .select()
        .from(deliveries)
        .where(and(eq(deliveries.cycleId, cycleId), eq(deliveries.personId, personId), eq(deliveries.kind, 'prompt')))
        .get();
      return row && toDelivery(row);
    },
    /** Stops what is still waiting for a person: after they answered, skipped, went away or became unreachable. */
    cancelPendingFor(personId: number, now: Date, outcome: string, cycleId?: number): number {
      return cancelPending(personId, now, outcome, cycleId === undefined ? undefined : eq(deliveries.cycleId, cycleId));
    },
    /** An older check-in closes for a person once a newer prompt reaches them. */
    cancelOtherCyclesFor(personId: number, keepCycleId: number, now: Date, outcome: string): number {
      return cancelPending(personId, now, outcome, ne(deliveries.cycleId, keepCycleId));
    },
    /** Not sent now by rule (quiet hours, too soon): back to pending until `until`, without counting a try. */
    deferTo(id: number, until: Date, outcome: string): void {
      db.update(deliveries)
        .set({
          status: 'pending',
          nextAttemptAt: until,
          claimedUntil: null,
          outcome,
          attempts: sql`max(${deliveries.attempts} - 1, 0)`,
        })
        .where(eq(deliveries.id, id))
        .run();
    },
    /** A later window joined the cycle: its close waits for it. */
    moveClose(cycleId: number, closesAt: Date): void {
      db.update(deliveries)
        .set({ dueAt: closesAt, nextAttemptAt: closesAt })
        .where(and(eq(deliveries.cycleId, cycleId), eq(deliveries.kind, 'close'), eq(deliveries.status, 'pending')))
        .run();
    },
    /** The cycle whose prompt most recently reached this person: the check-in open for them. */
    latestPromptedCycleId(personId: number): number | undefined {
      return db
        .select({ cycleId: deliveries.cycleId })
        .from(deliveries)
        .where(and(eq(deliveries.personId, personId), eq(deliveries.kind, 'prompt'), eq(deliveries.status, 'sent')))
        .orderBy(desc(deliveries.doneAt), desc(deliveries.id))
        .limit(1)
        .get()?.cycleId;
    },
    /**
     * Who was scheduled for this cycle: a prompt was planned for them and not withdrawn. Others (joined or
     * rescheduled after their local time had passed) are "not yet scheduled" there, so never counted as missed.
     */
    scheduledPeople(cycleId: number): Set<number> {
      const rows = db
        .select({ personId: deliveries.personId })
        .from(deliveries)
        .where(
          and(
            eq(deliveries.cycleId, cycleId),
            eq(deliveries.kind, 'prompt'),
            inArray(deliveries.status, ['pending', 'sending', 'sent', 'failed']),
          ),
        )
        .all();
      return new Set(rows.flatMap((row) => (row.personId === null ? [] : [row.personId])));
    },
    listForCycle(cycleId: number): Delivery[] {
      return db.select().from(deliveries).where(eq(deliveries.cycleId, cycleId)).all().map(toDelivery);
    },
  };
}

export type DeliveryRepository = ReturnType<typeof createDeliveryRepository>;
