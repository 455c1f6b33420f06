import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Every table carries the Slack team_id so several workspaces can share one database.
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const coalitions = sqliteTable(
  'coalitions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    channelId: text('channel_id').notNull(),
    name: text('name').notNull(),
    timezone: text('timezone').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    /** Watch the coalition channel for identifying details about a child (on unless a coordinator turns it off). */
    channelWatch: integer('channel_watch', { mode: 'boolean' }).notNull().default(true),
    /** Digests count overdue tasks; owners are named only when the coalition chooses accountability over privacy. */
    nameOverdueOwners: integer('name_overdue_owners', { mode: 'boolean' }).notNull().default(false),
    /** Missing sectors are mentioned at most monthly, as an invitation. */
    missingSectorsNotedAt: integer('missing_sectors_noted_at', { mode: 'timestamp_ms' }),
    /** The local children's social care front door (UK) or CPS (US) number, shown on the concern card. */
    concernContact: text('concern_contact'),
  },
  (table) => [uniqueIndex('coalitions_team_channel').on(table.teamId, table.channelId)],
);

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sector: text('sector'),
    whatTheyBring: text('what_they_bring'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('organisations_coalition_name').on(table.coalitionId, table.name)],
);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
    slackUserId: text('slack_user_id').notNull(),
    homeTeamId: text('home_team_id').notNull(),
    displayName: text('display_name').notNull(),
    tz: text('tz').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    sector: text('sector'),
    whatTheyBring: text('what_they_bring'),
    role: text('role', { enum: ['coordinator', 'partner', 'observer'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull(),
    leftAt: integer('left_at', { mode: 'timestamp_ms' }),
    /** Why the person stopped being active when Slack told us (account deactivated, cannot be messaged). */
    inactiveReason: text('inactive_reason'),
  },
  (table) => [
    uniqueIndex('people_coalition_user').on(table.coalitionId, table.slackUserId),
    index('people_user').on(table.teamId, table.slackUserId),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id'),
    actorUserId: text('actor_user_id').notNull(),
    action: text('action').notNull(),
    subject: text('subject'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('audit_log_coalition_at').on(table.coalitionId, table.at)],
);

/** Slack retries an event it thinks we missed; the event_id stays the same, so one row per id makes retries harmless. */
export const processedEvents = sqliteTable('processed_events', {
  eventId: text('event_id').primaryKey(),
  teamId: text('team_id').notNull(),
  receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
});

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
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    chartId: text('chart_id').notNull(),
    fileId: text('file_id').notNull(),
    uploadedAt: integer('uploaded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('home_chart_files_cycle_chart').on(table.coalitionId, table.cycleId, table.chartId)],
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

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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

export const goals = sqliteTable(
  'goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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

/** One digest per cycle: the unique cycle makes posting it happen once, whatever retries or restarts. */
export const digests = sqliteTable('digests', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  teamId: text('team_id').notNull(),
  coalitionId: integer('coalition_id')
    .notNull()
    .references(() => coalitions.id, { onDelete: 'cascade' }),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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

/** Milestone shout-outs, kudos and shared wins; the unique (kind, subject) posts each milestone's once. */
export const celebrations = sqliteTable(
  'celebrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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

/** Published work phone numbers and e-mail addresses: the privacy scan never flags these. */
export const publishedContacts = sqliteTable(
  'published_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
    value: text('value').notNull(),
    addedBy: text('added_by').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('published_contacts_coalition_value').on(table.coalitionId, table.value)],
);

/**
 * The outbox of messages that belong to no check-in cycle: celebrations, the reaction on them, and task DMs. A row
 * is written in the same transaction as the change that causes it, under a unique key, and sent by the
 * dispatcher with message metadata naming the row, so a send whose answer was lost is found in Slack, not doubled.
 */
export const outboxMessages = sqliteTable(
  'outbox_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: text('team_id').notNull(),
    coalitionId: integer('coalition_id')
      .notNull()
      .references(() => coalitions.id, { onDelete: 'cascade' }),
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
