import { and, desc, eq, inArray, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Delivery, DeliveryPath, DeliveryStatus } from '../../domain/cycles.js';
import type { Db } from '../client.js';
import { deliveries } from '../schema.js';

type DeliveryRow = typeof deliveries.$inferSelect;
export type NewDelivery = Pick<
  Delivery,
  'teamId' | 'cycleId' | 'personId' | 'kind' | 'dedupeKey' | 'dueAt' | 'expiresAt'
>;

function toDelivery(row: DeliveryRow): Delivery {
  return { ...row };
}

export function createDeliveryRepository({ db }: { db: Db }) {
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
  // Prepared once: the heartbeat asks this every minute. Two index ranges (pending by next attempt, expired
  // claims), so a beat reads only the rows that are due.
  const dueRows = db
    .select()
    .from(deliveries)
    .where(
      or(
        and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, sql.placeholder('now'))),
        and(eq(deliveries.status, 'sending'), lt(deliveries.claimedUntil, sql.placeholder('now'))),
      ),
    )
    .orderBy(deliveries.dueAt, deliveries.id)
    .limit(sql.placeholder('limit'))
    .prepare();
  return {
    /** Inserts the rows that are new; existing keys are left as they are. Returns how many were new. */
    planMany(rows: NewDelivery[]): number {
      if (rows.length === 0) return 0;
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
      return dueRows.all({ now: now.getTime(), limit }).map(toDelivery);
    },
    /**
     * Takes a row for sending. Only one caller wins, even across processes; a claim that outlives a crash
     * expires so the row is picked up again (and then checked against Slack's history before resending).
     */
    claim(id: number, now: Date, claimUntil: Date): Delivery | undefined {
      const row = db
        .update(deliveries)
        .set({ status: 'sending', claimedUntil: claimUntil, attempts: sqlIncrement() })
        .where(
          and(
            eq(deliveries.id, id),
            or(
              and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)),
              and(eq(deliveries.status, 'sending'), lt(deliveries.claimedUntil, now)),
            ),
          ),
        )
        .returning()
        .get();
      return row && toDelivery(row);
    },
    finish(
      id: number,
      status: DeliveryStatus,
      now: Date,
      details: { outcome?: string; path?: DeliveryPath; channelId?: string; messageTs?: string } = {},
    ): void {
      db.update(deliveries)
        .set({ status, doneAt: now, claimedUntil: null, ...details })
        .where(eq(deliveries.id, id))
        .run();
    },
    retryLater(id: number, nextAttemptAt: Date, outcome: string): void {
      db.update(deliveries)
        .set({ status: 'pending', nextAttemptAt, claimedUntil: null, outcome })
        .where(eq(deliveries.id, id))
        .run();
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

function sqlIncrement() {
  return sql`${deliveries.attempts} + 1`;
}

export type DeliveryRepository = ReturnType<typeof createDeliveryRepository>;
