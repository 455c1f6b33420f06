import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { coalitionRow } from './coalitions.js';

// What the privacy scan decided (never the text) and the published contacts it never flags.

/**
 * What the privacy scan found, never the text itself: which kinds, how many, what happened, when.
 * decision: blocked (refused), overridden (warn-level sent anyway, with a reason), flagged (channel watch).
 */
export const privacyFindings = sqliteTable(
  'privacy_findings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id'),
    userId: text('user_id').notNull(),
    surface: text('surface').notNull(),
    kinds: text('kinds', { mode: 'json' }).notNull(),
    findingCount: integer('finding_count').notNull(),
    decision: text('decision', { enum: ['blocked', 'overridden', 'flagged', 'concern_card'] }).notNull(),
    reason: text('reason'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('privacy_findings_coalition_at').on(table.coalitionId, table.at)],
);

/** Published work phone numbers and e-mail addresses: the privacy scan never flags these. */
export const publishedContacts = sqliteTable(
  'published_contacts',
  {
    ...coalitionRow(),
    value: text('value').notNull(),
    addedBy: text('added_by').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('published_contacts_coalition_value').on(table.coalitionId, table.value)],
);
