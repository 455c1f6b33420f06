import { and, asc, eq, inArray, max, notInArray, sql } from 'drizzle-orm';
import type { Task, TaskEvent, TaskStatus } from '../../domain/tasks.js';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { taskEvents, taskOwnerDms, taskReminders, tasks } from '../schema.js';

type TaskRow = typeof tasks.$inferSelect;
const CLOSED: TaskStatus[] = ['done', 'dropped'];

function toTask(row: TaskRow): Task {
  return { ...row };
}

export type NewTask = Pick<
  Task,
  'teamId' | 'coalitionId' | 'title' | 'ownerPersonId' | 'organisationId' | 'dueDate' | 'notes' | 'createdBy'
>;

export function createTaskRepository({ db }: { db: Db }) {
  // Every prompt lists its partner's open tasks, and `/coalition tasks` is among the commands run most: prepared once.
  const openByOwner = preparedOnFirstUse(() =>
    db
      .select()
      .from(tasks)
      .where(and(eq(tasks.ownerPersonId, sql.placeholder('ownerPersonId')), notInArray(tasks.status, CLOSED)))
      .orderBy(asc(tasks.number))
      .prepare(),
  );
  const byCoalition = preparedOnFirstUse(() =>
    db
      .select()
      .from(tasks)
      .where(eq(tasks.coalitionId, sql.placeholder('coalitionId')))
      .orderBy(asc(tasks.number))
      .prepare(),
  );
  const openByCoalition = preparedOnFirstUse(() =>
    db
      .select()
      .from(tasks)
      .where(and(eq(tasks.coalitionId, sql.placeholder('coalitionId')), notInArray(tasks.status, CLOSED)))
      .orderBy(asc(tasks.number))
      .prepare(),
  );
  return {
    /** Numbers are per coalition and never reused; the insert and the numbering run in one transaction. */
    create(input: NewTask, now: Date): Task {
      return db.transaction((tx) => {
        const top = tx
          .select({ value: max(tasks.number) })
          .from(tasks)
          .where(eq(tasks.coalitionId, input.coalitionId))
          .get();
        const row = tx
          .insert(tasks)
          .values({ ...input, number: (top?.value ?? 0) + 1, status: 'not_started', createdAt: now, updatedAt: now })
          .returning()
          .get();
        tx.insert(taskEvents)
          .values({
            teamId: input.teamId,
            taskId: row.id,
            actorUserId: input.createdBy,
            kind: 'created',
            toStatus: 'not_started',
            at: now,
          })
          .run();
        return toTask(row);
      });
    },
    findByNumber(coalitionId: number, number: number): Task | undefined {
      const row = db
        .select()
        .from(tasks)
        .where(and(eq(tasks.coalitionId, coalitionId), eq(tasks.number, number)))
        .get();
      return row && toTask(row);
    },
    findById(id: number): Task | undefined {
      const row = db.select().from(tasks).where(eq(tasks.id, id)).get();
      return row && toTask(row);
    },
    listByCoalition(coalitionId: number, options: { openOnly?: boolean } = {}): Task[] {
      return (options.openOnly ? openByCoalition : byCoalition)().all({ coalitionId }).map(toTask);
    },
    listOpenByOwner(ownerPersonId: number): Task[] {
      return openByOwner().all({ ownerPersonId }).map(toTask);
    },
    listOpenWithDueDates(): Task[] {
      return db
        .select()
        .from(tasks)
        .where(notInArray(tasks.status, CLOSED))
        .all()
        .map(toTask)
        .filter((task) => task.dueDate !== null);
    },
    /** Applies a change and records it in the history, together. */
    update(
      task: Task,
      patch: Partial<Pick<Task, 'status' | 'ownerPersonId' | 'organisationId'>>,
      event: Omit<TaskEvent, 'id' | 'taskId' | 'at'>,
      now: Date,
    ): Task {
      return db.transaction((tx) => {
        const closing = patch.status !== undefined && CLOSED.includes(patch.status);
        const row = tx
          .update(tasks)
          .set({ ...patch, updatedAt: now, ...(patch.status === undefined ? {} : { closedAt: closing ? now : null }) })
          .where(eq(tasks.id, task.id))
          .returning()
          .get();
        tx.insert(taskEvents)
          .values({ ...event, teamId: task.teamId, taskId: task.id, at: now })
          .run();
        if (!row) throw new Error(`task ${task.id} vanished during an update`);
        return toTask(row);
      });
    },
    listByOwner(ownerPersonId: number): Task[] {
      return db
        .select()
        .from(tasks)
        .where(eq(tasks.ownerPersonId, ownerPersonId))
        .orderBy(asc(tasks.number))
        .all()
        .map(toTask);
    },
    /** Erasure: their free text goes; the coalition keeps the record that the work happened. */
    clearFreeTextBy(ownerPersonId: number, actorUserId: string): void {
      db.transaction((tx) => {
        tx.update(tasks).set({ notes: null }).where(eq(tasks.ownerPersonId, ownerPersonId)).run();
        tx.update(taskEvents).set({ note: null }).where(eq(taskEvents.actorUserId, actorUserId)).run();
      });
    },
    /** Remembers the owner's DM about a task (the latest one sent), so later changes can redraw it. */
    rememberOwnerDm(taskId: number, message: { channelId: string; ts: string }): void {
      db.insert(taskOwnerDms)
        .values({ taskId, ...message })
        .onConflictDoUpdate({ target: taskOwnerDms.taskId, set: message })
        .run();
    },
    ownerDm(taskId: number): { channelId: string; ts: string } | undefined {
      return db
        .select({ channelId: taskOwnerDms.channelId, ts: taskOwnerDms.ts })
        .from(taskOwnerDms)
        .where(eq(taskOwnerDms.taskId, taskId))
        .get();
    },
    history(taskId: number): TaskEvent[] {
      return db
        .select()
        .from(taskEvents)
        .where(eq(taskEvents.taskId, taskId))
        .orderBy(asc(taskEvents.at), asc(taskEvents.id))
        .all();
    },
    /** Claims the one reminder DM of this person's day; false when another beat or process already has it. */
    claimReminderDay(input: {
      teamId: string;
      personId: number;
      localDate: string;
      taskIds: number[];
      now: Date;
    }): boolean {
      return (
        db
          .insert(taskReminders)
          .values({
            teamId: input.teamId,
            personId: input.personId,
            localDate: input.localDate,
            status: 'sending',
            taskIds: input.taskIds,
            at: input.now,
          })
          .onConflictDoNothing()
          .run().changes === 1
      );
    },
    finishReminderDay(personId: number, localDate: string, taskIds: number[]): void {
      db.transaction((tx) => {
        tx.update(taskReminders)
          .set({ status: 'sent' })
          .where(and(eq(taskReminders.personId, personId), eq(taskReminders.localDate, localDate)))
          .run();
        if (taskIds.length > 0)
          tx.update(tasks).set({ lastRemindedOn: localDate }).where(inArray(tasks.id, taskIds)).run();
      });
    },
    /** A failed send gives the day back, so the next beat can try again. */
    releaseReminderDay(personId: number, localDate: string): void {
      db.delete(taskReminders)
        .where(and(eq(taskReminders.personId, personId), eq(taskReminders.localDate, localDate)))
        .run();
    },
  };
}

export type TaskRepository = ReturnType<typeof createTaskRepository>;
