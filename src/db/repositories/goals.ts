import { and, asc, eq, max } from 'drizzle-orm';
import type { Goal, Milestone } from '../../domain/goals.js';
import type { Db } from '../client.js';
import { goals, milestones, tasks } from '../schema.js';

type MilestoneRow = typeof milestones.$inferSelect;
const toMilestone = (row: MilestoneRow): Milestone => ({ ...row });

export function createGoalRepository({ db }: { db: Db }) {
  return {
    createGoal(input: Pick<Goal, 'teamId' | 'coalitionId' | 'title' | 'createdBy'>, now: Date): Goal {
      return db.transaction((tx) => {
        const top = tx
          .select({ value: max(goals.number) })
          .from(goals)
          .where(eq(goals.coalitionId, input.coalitionId))
          .get();
        return tx
          .insert(goals)
          .values({ ...input, number: (top?.value ?? 0) + 1, createdAt: now })
          .returning()
          .get();
      });
    },
    goalByNumber(coalitionId: number, number: number): Goal | undefined {
      return db
        .select()
        .from(goals)
        .where(and(eq(goals.coalitionId, coalitionId), eq(goals.number, number)))
        .get();
    },
    goalById(id: number): Goal | undefined {
      return db.select().from(goals).where(eq(goals.id, id)).get();
    },
    listGoals(coalitionId: number): Goal[] {
      return db.select().from(goals).where(eq(goals.coalitionId, coalitionId)).orderBy(asc(goals.number)).all();
    },
    createMilestone(
      input: Pick<Milestone, 'teamId' | 'coalitionId' | 'goalId' | 'title' | 'target' | 'dueDate' | 'createdBy'>,
      now: Date,
    ): Milestone {
      return db.transaction((tx) => {
        const top = tx
          .select({ value: max(milestones.number) })
          .from(milestones)
          .where(eq(milestones.coalitionId, input.coalitionId))
          .get();
        return toMilestone(
          tx
            .insert(milestones)
            .values({ ...input, number: (top?.value ?? 0) + 1, createdAt: now })
            .returning()
            .get(),
        );
      });
    },
    milestoneByNumber(coalitionId: number, number: number): Milestone | undefined {
      const row = db
        .select()
        .from(milestones)
        .where(and(eq(milestones.coalitionId, coalitionId), eq(milestones.number, number)))
        .get();
      return row && toMilestone(row);
    },
    milestoneById(id: number): Milestone | undefined {
      const row = db.select().from(milestones).where(eq(milestones.id, id)).get();
      return row && toMilestone(row);
    },
    listMilestones(coalitionId: number): Milestone[] {
      return db
        .select()
        .from(milestones)
        .where(eq(milestones.coalitionId, coalitionId))
        .orderBy(asc(milestones.number))
        .all()
        .map(toMilestone);
    },
    setProgress(id: number, progress: number): Milestone {
      const row = db.update(milestones).set({ progress }).where(eq(milestones.id, id)).returning().get();
      if (!row) throw new Error(`milestone ${id} vanished`);
      return toMilestone(row);
    },
    /** True for exactly one caller: the one that moves the milestone to reached (and so celebrates it). */
    markReached(id: number, now: Date): boolean {
      return (
        db
          .update(milestones)
          .set({ status: 'reached', reachedAt: now })
          .where(and(eq(milestones.id, id), eq(milestones.status, 'open')))
          .run().changes === 1
      );
    },
    linkedTasks(milestoneId: number): Array<{ status: string; ownerPersonId: number; organisationId: number | null }> {
      return db
        .select({ status: tasks.status, ownerPersonId: tasks.ownerPersonId, organisationId: tasks.organisationId })
        .from(tasks)
        .where(eq(tasks.milestoneId, milestoneId))
        .all();
    },
    linkTask(taskId: number, milestoneId: number): void {
      db.update(tasks).set({ milestoneId }).where(eq(tasks.id, taskId)).run();
    },
  };
}

export type GoalRepository = ReturnType<typeof createGoalRepository>;
