import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cycles } from './checkins.js';
import { coalitionRow, people } from './coalitions.js';
import { createdAt } from './columns.js';

// What the app sends, each row once: the cycle outbox, other messages' outbox, DM channels and uploaded charts.

/**
 * The durable outbox: one row per prompt, reminder, close, digest step (summary, each thread reply, the blockers
 * the summary had no room for) and private-notes batch. The unique key makes every send happen once, however
 * the heartbeat overlaps, the process restarts or a second instance shares the database.
 */
export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['prompt', 'reminder', 'close', 'digest_summary', 'digest_reply', 'digest_blockers', 'private_notes'],
    }).notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
    /** When the person's own window closes; a prompt found after it is too late to send. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'skipped', 'dropped', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    claimedUntil: integer('claimed_until', { mode: 'timestamp_ms' }),
    path: text('path', { enum: ['dm', 'channel_ephemeral'] }),
    channelId: text('channel_id'),
    messageTs: text('message_ts'),
    outcome: text('outcome'),
    doneAt: integer('done_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('deliveries_due').on(table.status, table.nextAttemptAt),
    index('deliveries_cycle_person').on(table.cycleId, table.personId),
    // A person's waiting rows (answered, superseded, unreachable) are found without reading the whole history.
    index('deliveries_person_status').on(table.personId, table.status),
    // "Is this cycle's digest done?" is asked after each of its steps; this answers it from the index alone.
    index('deliveries_cycle_kind_status').on(table.cycleId, table.kind, table.status),
  ],
);

/**
 * The bot's DM with each person, as Slack returned it on the first post to their user id: a DM keeps its id for
 * good, so later sends and history checks need no conversations.open (Tier 3), across restarts too.
 */
export const dmChannels = sqliteTable('dm_channels', {
  slackUserId: text('slack_user_id').primaryKey(),
  channelId: text('channel_id').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * The chart images on coordinators' App Home, uploaded once per cycle and shown by file id: kept here so a restart
 * shows the same files instead of uploading them again. Only chart ids and Slack file ids, no text.
 */
export const homeChartFiles = sqliteTable(
  'home_chart_files',
  {
    ...coalitionRow(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    chartId: text('chart_id').notNull(),
    fileId: text('file_id').notNull(),
    uploadedAt: integer('uploaded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('home_chart_files_cycle_chart').on(table.coalitionId, table.cycleId, table.chartId)],
);

/**
 * The outbox of messages that belong to no check-in cycle: celebrations, the reaction on them, and task DMs. A row
 * is written in the same transaction as the change that causes it, under a unique key, and sent by the
 * dispatcher with message metadata naming the row, so a send whose answer was lost is found in Slack, not doubled.
 */
export const outboxMessages = sqliteTable(
  'outbox_messages',
  {
    ...coalitionRow(),
    kind: text('kind', {
      enum: ['celebration', 'celebration_reaction', 'task_owner', 'task_blocked', 'task_declined', 'task_reminder'],
    }).notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    /** The ids the message is built from when it is sent (a celebration, a task and its event, a reminder day). */
    refs: text('refs', { mode: 'json' }).notNull().$type<Record<string, number | string | number[]>>(),
    /** Privacy-checked text the message needs and nothing else keeps (a kudos' reason); cleared once finished. */
    body: text('body'),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'skipped', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    claimedUntil: integer('claimed_until', { mode: 'timestamp_ms' }),
    channelId: text('channel_id'),
    messageTs: text('message_ts'),
    outcome: text('outcome'),
    createdAt: createdAt(),
    doneAt: integer('done_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('outbox_messages_due').on(table.status, table.nextAttemptAt)],
);
