/** Every id Slack echoes back to us lives here, so listeners, views and tests agree on one spelling. */
export const COMMAND = '/coalition' as const;

export const ACTIONS = {
  openProfile: 'profile_open',
  openCheckin: 'checkin_open',
  skipCheckin: 'checkin_skip',
  openAway: 'checkin_away_open',
} as const;

export const VIEWS = {
  profile: 'profile_modal',
  checkin: 'checkin_modal',
  away: 'away_modal',
  schedule: 'schedule_modal',
} as const;

export const SCHEDULE_BLOCKS = {
  cadence: 'schedule_cadence',
  days: 'schedule_days',
  monthlyWeek: 'schedule_monthly_week',
  sendTime: 'schedule_time',
  clock: 'schedule_clock',
  window: 'schedule_window',
  reminders: 'schedule_reminders',
  skipped: 'schedule_skipped',
} as const;
export const SCHEDULE_ACTION = 'value';
/** The schedule form's window option that ends each window at the person's next check-in. */
export const UNTIL_NEXT_CHECKIN = 'until_next';

/** Check-in modal inputs: one block per question, keyed by the question's stable key. */
export const CHECKIN_BLOCK_PREFIX = 'q_';
export const CHECKIN_ANSWER_ACTION = 'answer';

export const AWAY_BLOCKS = { until: { block: 'away_until', action: 'until' } } as const;

/** Slack message metadata marks our prompts, so a restart can find what was already sent. */
export const PROMPT_METADATA_TYPE = 'checkin_prompt';
/** The welcome in the channel and the hello DMs sent at setup. */
export const HELLO_METADATA_TYPE = 'coalition_hello';

/** Every outbox send carries metadata of its kind naming its row, so a resend first finds it in Slack. */
export const OUTBOX_METADATA_TYPES = {
  prompt: PROMPT_METADATA_TYPE,
  reminder: 'checkin_reminder',
  digest_summary: 'digest_summary',
  digest_reply: 'digest_reply',
  digest_blockers: 'digest_blockers',
  private_notes: 'private_notes',
  // Rows of the message outbox (outbox_messages): their ids are that table's, told apart by these types.
  celebration: 'coalition_celebration',
  task_message: 'task_message',
} as const;
export type OutboxMessageKind = keyof typeof OUTBOX_METADATA_TYPES;

export const PROFILE_BLOCKS = {
  organisation: { block: 'profile_organisation', action: 'organisation' },
  sector: { block: 'profile_sector', action: 'sector' },
  brings: { block: 'profile_brings', action: 'brings' },
} as const;

export const EVENTS = {
  memberJoinedChannel: 'member_joined_channel',
  memberLeftChannel: 'member_left_channel',
  userChange: 'user_change',
  /** Subscribed as message.channels and message.groups in the manifest. */
  message: 'message',
  reactionAdded: 'reaction_added',
  reactionRemoved: 'reaction_removed',
  appHomeOpened: 'app_home_opened',
} as const;

export const TASK_ACTIONS = {
  start: 'task_start',
  done: 'task_done',
  blocked: 'task_blocked',
  decline: 'task_decline',
  statusMenu: 'task_status_menu',
} as const;

/** The actions block of an owner's task DM (`task_actions_<id>`): a click there redraws that DM in place. */
export const TASK_DM_BLOCK_PREFIX = 'task_actions_';

export const TASK_VIEWS = {
  note: 'task_note_modal',
  decline: 'task_decline_modal',
  assign: 'task_assign_modal',
} as const;

export const TASK_NOTE_BLOCK = { block: 'task_note', action: 'note' } as const;

export const ASSIGN_BLOCKS = {
  title: 'assign_title',
  owner: 'assign_owner',
  organisation: 'assign_organisation',
  due: 'assign_due',
  notes: 'assign_notes',
  milestone: 'assign_milestone',
} as const;
export const ASSIGN_ACTION = 'value';

/** Check-in modal: one status select and one note per open task, keyed by task id. */
export const CHECKIN_TASK_PREFIX = 'task_';
export const CHECKIN_TASK_NOTE_PREFIX = 'tasknote_';

/** The check-in form's "something flagged that is fine?" select, for warn-level privacy findings. */
export const CHECKIN_OVERRIDE_BLOCK = { block: 'checkin_override', action: 'reason' } as const;

/** What the App Home can do: every button on it says what it does and acts where it is. */
export const HOME_ACTIONS = {
  skip: 'home_skip',
  taskStatus: 'home_task_status',
  offerHelp: 'home_offer_help',
  friendlyNote: 'home_friendly_note',
  assign: 'home_assign',
  schedule: 'home_schedule',
  previewDigest: 'home_preview_digest',
} as const;

export const FRIENDLY_NOTE = {
  view: 'friendly_note_modal',
  block: 'friendly_note',
  action: 'text',
} as const;

export const PRIVACY_ACTIONS = {
  confirmErase: 'erase_confirm',
} as const;

export const DIGEST_ACTIONS = {
  offerHelp: 'digest_offer_help',
  resolveBlocker: 'digest_resolve_blocker',
} as const;

/** The check-in form's "share my win" tick box: the author's choice, never automatic. */
export const CHECKIN_SHARE_WIN_BLOCK = { block: 'checkin_share_win', action: 'share' } as const;
export const CHECKIN_STILL_BLOCKED_BLOCK = { block: 'checkin_still_blocked', action: 'still' } as const;

export const GOAL_VIEWS = { goal: 'goal_modal', milestone: 'milestone_modal' } as const;
export const GOAL_BLOCKS = {
  title: 'goal_title',
  goal: 'milestone_goal',
  milestoneTitle: 'milestone_title',
  by: 'milestone_by',
  target: 'milestone_target',
} as const;
export const GOAL_ACTION = 'value';
