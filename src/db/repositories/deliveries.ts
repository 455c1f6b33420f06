import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
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
      return db
        .select()
        .from(deliveries)
        .where(
          or(
            and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)),
            and(eq(deliveries.status, 'sending'), lt(deliveries.claimedUntil, now)),
          ),
        )
        .orderBy(deliveries.dueAt, deliveries.id)
        .limit(limit)
        .all()
        .map(toDelivery);
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
      return db
        .update(deliveries)
        .set({ status: 'skipped', doneAt: now, outcome })
        .where(
          and(
            eq(deliveries.personId, personId),
            eq(deliveries.status, 'pending'),
            inArray(deliveries.kind, ['prompt', 'reminder']),
            cycleId === undefined ? undefined : eq(deliveries.cycleId, cycleId),
          ),
        )
        .run().changes;
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
