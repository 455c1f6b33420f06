import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { coalitionRow, organisations, people } from './coalitions.js';

// Tasks, the owner's DM about each, their history and the due-date reminders.

export const tasks = sqliteTable(
  'tasks',
  {
    ...coalitionRow(),
    /** Short per-coalition number: T-42. */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    ownerPersonId: integer('owner_person_id')
      .notNull()
      .references(() => people.id),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    dueDate: text('due_date'),
    notes: text('notes'),
    status: text('status', { enum: ['not_started', 'on_track', 'at_risk', 'blocked', 'done', 'dropped'] })
      .notNull()
      .default('not_started'),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    /** The last local date a due reminder went out for this task, so each reminder stage is sent once. */
    lastRemindedOn: text('last_reminded_on'),
    milestoneId: integer('milestone_id'),
  },
  (table) => [
    uniqueIndex('tasks_coalition_number').on(table.coalitionId, table.number),
    index('tasks_owner_status').on(table.ownerPersonId, table.status),
  ],
);

/** The owner's DM about each task, so any change (from the DM, a list, the Home tab or a check-in) redraws it. */
export const taskOwnerDms = sqliteTable('task_owner_dms', {
  taskId: integer('task_id')
    .primaryKey()
    .references(() => tasks.id, { onDelete: 'cascade' }),
  channelId: text('channel_id').notNull(),
  ts: text('ts').notNull(),
});

export const taskEvents = sqliteTable(
  'task_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    actorUserId: text('actor_user_id').notNull(),
    kind: text('kind', { enum: ['created', 'status', 'reassigned', 'declined'] }).notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('task_events_task').on(table.taskId, table.at)],
);

/** One due-reminder DM per person per local day: the unique key batches and de-duplicates them. */
export const taskReminders = sqliteTable(
  'task_reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    localDate: text('local_date').notNull(),
    status: text('status', { enum: ['sending', 'sent', 'failed'] }).notNull(),
    taskIds: text('task_ids', { mode: 'json' }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('task_reminders_person_date').on(table.personId, table.localDate)],
);
