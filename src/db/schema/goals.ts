import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { coalitionRow } from './coalitions.js';

// Goals, milestones and the celebrations posted for them (with the reaction that marks each).

export const goals = sqliteTable(
  'goals',
  {
    ...coalitionRow(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('goals_coalition_number').on(table.coalitionId, table.number)],
);

export const milestones = sqliteTable(
  'milestones',
  {
    ...coalitionRow(),
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    target: integer('target').notNull().default(1),
    progress: integer('progress').notNull().default(0),
    dueDate: text('due_date'),
    status: text('status', { enum: ['open', 'reached'] })
      .notNull()
      .default('open'),
    reachedAt: integer('reached_at', { mode: 'timestamp_ms' }),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('milestones_coalition_number').on(table.coalitionId, table.number)],
);

/** Milestone shout-outs, kudos and shared wins; the unique (kind, subject) posts each milestone's once. */
export const celebrations = sqliteTable(
  'celebrations',
  {
    ...coalitionRow(),
    kind: text('kind', { enum: ['milestone', 'kudos', 'win'] }).notNull(),
    subjectKey: text('subject_key').notNull(),
    recipientPersonId: integer('recipient_person_id'),
    fromUserId: text('from_user_id'),
    channelId: text('channel_id').notNull(),
    ts: text('ts'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('celebrations_kind_subject').on(table.kind, table.subjectKey),
    index('celebrations_message').on(table.channelId, table.ts),
  ],
);

export const celebrationReactions = sqliteTable(
  'celebration_reactions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    celebrationId: integer('celebration_id')
      .notNull()
      .references(() => celebrations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    reaction: text('reaction').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('celebration_reactions_unique').on(table.celebrationId, table.userId, table.reaction)],
);
