import { and, eq, lte, max, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { checkinPlans } from '../schema.js';

export type CheckinPlan = typeof checkinPlans.$inferSelect;
export type PlanUpdate = Pick<CheckinPlan, 'cycleDate' | 'promptAt' | 'closeAt' | 'lastCycleDate' | 'planFrom'>;

// A plan waiting to be recomputed is "due" at once: the beat that finds it computes it (stale = due at epoch 0).
const RECOMPUTE_NOW = new Date(0);

/** Marks one person's plan for recomputation; `planFrom` null means "from the beat that recomputes it". */
export function markPlanStale(
  db: Db,
  person: { id: number; teamId: string; coalitionId: number },
  planFrom: Date | null,
): void {
  db.insert(checkinPlans)
    .values({
      personId: person.id,
      teamId: person.teamId,
      coalitionId: person.coalitionId,
      promptAt: RECOMPUTE_NOW,
      planFrom,
    })
    .onConflictDoUpdate({
      target: checkinPlans.personId,
      set: { cycleDate: null, promptAt: RECOMPUTE_NOW, closeAt: null, planFrom },
    })
    .run();
}

export function createCheckinPlanRepository({ db }: { db: Db }) {
  // Prepared once: the heartbeat asks this every minute, and building the query each time cost more than running it.
  const duePlans = preparedOnFirstUse(() =>
    db
      .select()
      .from(checkinPlans)
      .where(lte(checkinPlans.promptAt, sql.placeholder('now')))
      .orderBy(checkinPlans.promptAt)
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
  // Saved for every person prompted: prepared once too.
  const savePlan = preparedOnFirstUse(() =>
    db
      .update(checkinPlans)
      .set({
        cycleDate: sql`${sql.placeholder('cycleDate')}`,
        promptAt: sql`${sql.placeholder('promptAt')}`,
        closeAt: sql`${sql.placeholder('closeAt')}`,
        lastCycleDate: sql`${sql.placeholder('lastCycleDate')}`,
        planFrom: sql`${sql.placeholder('planFrom')}`,
      })
      .where(eq(checkinPlans.personId, sql.placeholder('personId')))
      .prepare(),
  );
  return {
    find(personId: number): CheckinPlan | undefined {
      return db.select().from(checkinPlans).where(eq(checkinPlans.personId, personId)).get();
    },
    /** The plans whose prompt (or recomputation) is due: an index range, never a scan of everyone. */
    due(now: Date, limit: number): CheckinPlan[] {
      return duePlans().all({ now: now.getTime(), limit });
    },
    listForCoalition(coalitionId: number): CheckinPlan[] {
      return db.select().from(checkinPlans).where(eq(checkinPlans.coalitionId, coalitionId)).all();
    },
    save(personId: number, update: PlanUpdate): void {
      savePlan().run({
        personId,
        cycleDate: update.cycleDate,
        promptAt: update.promptAt?.getTime() ?? null,
        closeAt: update.closeAt?.getTime() ?? null,
        lastCycleDate: update.lastCycleDate,
        planFrom: update.planFrom?.getTime() ?? null,
      });
    },
    /** A schedule set or changed at `planFrom`: everyone in the coalition is replanned from then. */
    markCoalitionStale(coalitionId: number, planFrom: Date): void {
      db.run(sql`insert into checkin_plans (person_id, team_id, coalition_id, prompt_at, plan_from)
        select id, team_id, coalition_id, ${RECOMPUTE_NOW.getTime()}, ${planFrom.getTime()} from people
        where coalition_id = ${coalitionId}
        on conflict (person_id) do update set cycle_date = null, prompt_at = excluded.prompt_at,
          close_at = null, plan_from = excluded.plan_from`);
    },
    /** People rostered before plans existed get one, planned from the beat that finds them. */
    backfill(): number {
      return db.run(sql`insert into checkin_plans (person_id, team_id, coalition_id, prompt_at, plan_from)
        select id, team_id, coalition_id, ${RECOMPUTE_NOW.getTime()}, null from people
        where id not in (select person_id from checkin_plans)`).changes;
    },
    /** The latest close among the people planned for this occurrence: the cycle waits for all of them. */
    latestClose(coalitionId: number, cycleDate: string): Date | undefined {
      const row = db
        .select({ value: max(checkinPlans.closeAt) })
        .from(checkinPlans)
        .where(and(eq(checkinPlans.coalitionId, coalitionId), eq(checkinPlans.cycleDate, cycleDate)))
        .get();
      return row?.value ?? undefined;
    },
  };
}

export type CheckinPlanRepository = ReturnType<typeof createCheckinPlanRepository>;
