import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { coalitionRow, coalitions, people } from './coalitions.js';

// Schedules and questions, each cycle, each participant's next prompt, the answers, and away periods.

export const schedules = sqliteTable('schedules', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  teamId: text('team_id').notNull(),
  coalitionId: integer('coalition_id')
    .notNull()
    .unique()
    .references(() => coalitions.id, { onDelete: 'cascade' }),
  /** The whole Schedule value object as JSON: it is read and written as one, and validated in domain/. */
  settings: text('settings', { mode: 'json' }).notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const questions = sqliteTable(
  'questions',
  {
    ...coalitionRow(),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    prompt: text('prompt').notNull(),
    hint: text('hint'),
    kind: text('kind', { enum: ['short', 'long', 'scale'] }).notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    private: integer('private', { mode: 'boolean' }).notNull().default(false),
  },
  (table) => [uniqueIndex('questions_coalition_key').on(table.coalitionId, table.key)],
);

export const cycles = sqliteTable(
  'cycles',
  {
    ...coalitionRow(),
    /** The occurrence's date on the coalition's calendar, YYYY-MM-DD. */
    cycleDate: text('cycle_date').notNull(),
    /** The questions as they were asked, so answers stay tied to them after the set is edited. */
    questions: text('questions', { mode: 'json' }).notNull(),
    opensAt: integer('opens_at', { mode: 'timestamp_ms' }).notNull(),
    closesAt: integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    uniqueIndex('cycles_coalition_date').on(table.coalitionId, table.cycleDate),
    index('cycles_status').on(table.status),
  ],
);

/**
 * Each check-in participant's next prompt, computed once when the schedule, their timezone, role or membership
 * changes (and moved on each time they are prompted), so the heartbeat reads only the rows that are due.
 * A row with `cycleDate` null is waiting to be (re)computed from `planFrom`; `promptAt` null means dormant.
 */
export const checkinPlans = sqliteTable(
  'checkin_plans',
  {
    personId: integer('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
    /** The occurrence (coalition calendar) the next prompt is for; null while the plan must be recomputed. */
    cycleDate: text('cycle_date'),
    promptAt: integer('prompt_at', { mode: 'timestamp_ms' }),
    /** When this person's window for `cycleDate` closes. */
    closeAt: integer('close_at', { mode: 'timestamp_ms' }),
    /** The last occurrence this person was given, so a change never prompts twice for one period. */
    lastCycleDate: text('last_cycle_date'),
    /** Occurrences whose instant is before this are not theirs (joined, schedule set or changed, zone moved). */
    planFrom: integer('plan_from', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('checkin_plans_due').on(table.promptAt),
    index('checkin_plans_coalition_cycle').on(table.coalitionId, table.cycleDate),
  ],
);

export const responses = sqliteTable(
  'responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['answered', 'skipped', 'away'] }).notNull(),
    answers: text('answers', { mode: 'json' }),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    /** The author chose to have their win celebrated in the channel. */
    shareWin: integer('share_win', { mode: 'boolean' }).notNull().default(false),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('responses_cycle_person').on(table.cycleId, table.personId)],
);

export const awayPeriods = sqliteTable(
  'away_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('away_periods_person').on(table.personId)],
);
