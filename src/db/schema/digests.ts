import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cycles, responses } from './checkins.js';
import { coalitionRow } from './coalitions.js';

// Each cycle's digest, its thread replies, and the blockers partners raised with the offers of help.

/** One digest per cycle: the unique cycle makes posting it happen once, whatever retries or restarts. */
export const digests = sqliteTable('digests', {
  ...coalitionRow(),
  cycleId: integer('cycle_id')
    .notNull()
    .unique()
    .references(() => cycles.id, { onDelete: 'cascade' }),
  channelId: text('channel_id').notNull(),
  ts: text('ts'),
  postedAt: integer('posted_at', { mode: 'timestamp_ms' }).notNull(),
});

export const digestReplies = sqliteTable(
  'digest_replies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    digestId: integer('digest_id')
      .notNull()
      .references(() => digests.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull(),
    ts: text('ts'),
  },
  (table) => [uniqueIndex('digest_replies_digest_person').on(table.digestId, table.personId)],
);

export const blockers = sqliteTable(
  'blockers',
  {
    ...coalitionRow(),
    responseId: integer('response_id')
      .notNull()
      .unique()
      .references(() => responses.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('blockers_coalition').on(table.coalitionId)],
);

export const blockerOffers = sqliteTable(
  'blocker_offers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    blockerId: integer('blocker_id')
      .notNull()
      .references(() => blockers.id, { onDelete: 'cascade' }),
    helperUserId: text('helper_user_id').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('blocker_offers_blocker_helper').on(table.blockerId, table.helperUserId)],
);
