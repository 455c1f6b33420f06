import { and, desc, eq, exists, lte, sql } from 'drizzle-orm';
import type { Cycle } from '../../domain/cycles.js';
import type { Question } from '../../domain/questions.js';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { cycles, responses } from '../schema.js';

type CycleRow = typeof cycles.$inferSelect;

function toCycle(row: CycleRow): Cycle {
  return { ...row, questions: row.questions as Question[] };
}

export function createCycleRepository({ db }: { db: Db }) {
  // Looked up for every person prompted and every outbox row sent: prepared once.
  const byId = preparedOnFirstUse(() =>
    db
      .select()
      .from(cycles)
      .where(eq(cycles.id, sql.placeholder('id')))
      .prepare(),
  );
  const byDate = preparedOnFirstUse(() =>
    db
      .select()
      .from(cycles)
      .where(
        and(eq(cycles.coalitionId, sql.placeholder('coalitionId')), eq(cycles.cycleDate, sql.placeholder('cycleDate'))),
      )
      .prepare(),
  );
  return {
    findById(id: number): Cycle | undefined {
      const row = byId().get({ id });
      return row && toCycle(row);
    },
    find(coalitionId: number, cycleDate: string): Cycle | undefined {
      const row = byDate().get({ coalitionId, cycleDate });
      return row && toCycle(row);
    },
    latest(coalitionId: number): Cycle | undefined {
      const row = db
        .select()
        .from(cycles)
        .where(eq(cycles.coalitionId, coalitionId))
        .orderBy(desc(cycles.cycleDate))
        .limit(1)
        .get();
      return row && toCycle(row);
    },
    /** The latest closed cycles, newest first. */
    recentClosed(coalitionId: number, limit: number): Cycle[] {
      return db
        .select()
        .from(cycles)
        .where(and(eq(cycles.coalitionId, coalitionId), eq(cycles.status, 'closed')))
        .orderBy(desc(cycles.cycleDate))
        .limit(limit)
        .all()
        .map(toCycle);
    },
    /** The newest cycle that has opened by `now`: the one a check-in command is about. */
    current(coalitionId: number, now: Date): Cycle | undefined {
      const row = db
        .select()
        .from(cycles)
        .where(and(eq(cycles.coalitionId, coalitionId), lte(cycles.opensAt, now)))
        .orderBy(desc(cycles.opensAt))
        .limit(1)
        .get();
      return row && toCycle(row);
    },
    /** The newest cycle someone has answered: the one `/coalition digest` is about. */
    latestAnswered(coalitionId: number): Cycle | undefined {
      const row = db
        .select({ cycle: cycles })
        .from(cycles)
        .where(
          and(
            eq(cycles.coalitionId, coalitionId),
            exists(
              db
                .select({ id: responses.id })
                .from(responses)
                .where(and(eq(responses.cycleId, cycles.id), eq(responses.status, 'answered'))),
            ),
          ),
        )
        .orderBy(desc(cycles.cycleDate))
        .limit(1)
        .get();
      return row && toCycle(row.cycle);
    },
    /** Inserts once per (coalition, date); a concurrent planner gets the existing row back. */
    createOnce(input: Omit<Cycle, 'id' | 'status' | 'closedAt'>): Cycle {
      const inserted = db.insert(cycles).values(input).onConflictDoNothing().returning().get();
      const row =
        inserted ??
        db
          .select()
          .from(cycles)
          .where(and(eq(cycles.coalitionId, input.coalitionId), eq(cycles.cycleDate, input.cycleDate)))
          .get();
      if (!row) throw new Error('cycle insert conflicted but no row was found');
      return toCycle(row);
    },
    /** True for exactly one caller, however many race to close the cycle. */
    close(id: number, now: Date): boolean {
      return (
        db
          .update(cycles)
          .set({ status: 'closed', closedAt: now })
          .where(and(eq(cycles.id, id), eq(cycles.status, 'open')))
          .run().changes === 1
      );
    },
    extendClose(id: number, closesAt: Date): void {
      db.update(cycles).set({ closesAt }).where(eq(cycles.id, id)).run();
    },
  };
}

export type CycleRepository = ReturnType<typeof createCycleRepository>;
