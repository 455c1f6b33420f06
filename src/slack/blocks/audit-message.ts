import type { AuditEntry } from '../../db/repositories/audit-log.js';
import { STATUS_LABELS, type TaskStatus } from '../../domain/tasks.js';
import { slackDateTime } from './dates.js';
import { context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

// A section holds 3000 characters; forty one-line entries fit with room to spare.
const MAX_AUDIT_LINES = 40;
const SLACK_ID = /^[UW][A-Z0-9]+$/;

type Details = Record<string, unknown>;
type Phrase = (subject: string, after: Details) => string;

const onOff = (after: Details) => (after.on ? 'on' : 'off');
const person = (id: unknown) => (typeof id === 'string' && SLACK_ID.test(id) ? `<@${id}>` : 'someone');
const statusWords = (status: unknown) =>
  typeof status === 'string' && status in STATUS_LABELS ? STATUS_LABELS[status as TaskStatus].toLowerCase() : 'updated';

/** Every action the app records, in words: what the actor did. */
export const PHRASES: Record<string, Phrase> = {
  'coalition.setup': () => 'set up the coalition in this channel',
  'coalition.setup_refused': () => 'tried to set up this channel from another workspace (refused, nothing changed)',
  'access.refused': () => 'used a button or form of this coalition without being a member (refused)',
  'roster.added': (s) => `added ${s} to the roster`,
  'roster.partner_set': (s) => `recorded ${s}’s organisation and sector`,
  'roster.profile_updated': (s) => `updated ${s}’s profile`,
  'roster.left': (s) => `noted that ${s} left the channel`,
  'roster.rejoined': (s) => `welcomed ${s} back to the roster`,
  'roster.deactivated': (s) => `marked ${s} inactive: their Slack account is closed`,
  'role.changed': (s, after) =>
    `made ${s} ${after.role === 'observer' ? 'an observer' : `a ${after.role ?? 'member'}`}`,
  'schedule.changed': () => 'changed the check-in schedule',
  'questions.changed': () => 'changed the check-in questions',
  'task.assigned': (s, after) => `assigned ${s} to ${person(after.owner)}`,
  'task.status_changed': (s, after) => `marked ${s} ${statusWords(after.status)}`,
  'task.reassigned': (s, after) => `gave ${s} to ${person(after.owner)}`,
  'task.declined': (s) => `handed back ${s}`,
  'goal.added': (s) => `added the goal ${s}`,
  'milestone.added': (s) => `added the milestone ${s}`,
  'milestone.progress': (s) => `updated the progress of ${s}`,
  'milestone.done': (s) => `marked ${s} reached`,
  'settings.overdue_names': (_s, after) => `turned naming the owners of overdue tasks ${onOff(after)}`,
  'settings.channel_watch': (_s, after) => `turned the channel watch ${onOff(after)}`,
  'settings.contact_added': () => 'added a published work contact',
  'settings.contact_removed': () => 'removed a published work contact',
  'settings.concern_contact': (_s, after) =>
    after.set ? 'set the local number on the concern card' : 'cleared the local number on the concern card',
  'privacy.override': () => 'kept something the privacy check flagged, with a reason',
  'data.exported': (s) => `sent ${s} a copy of their data`,
  'data.erased': () => 'erased a member’s data',
  'retention.purged': () => 'removed data past its keeping time',
};

/** An action nobody has worded yet still reads as words, never as a code. */
function fallbackPhrase(action: string): string {
  return `did “${action.replace(/[._]/g, ' ')}”`;
}

function subjectWords(subject: string | null, titles: Record<string, string>): string {
  if (!subject) return 'something';
  if (SLACK_ID.test(subject)) return `<@${subject}>`;
  const title = titles[subject];
  return title ? `*${escapeMrkdwn(subject)} · ${escapeMrkdwn(title)}*` : escapeMrkdwn(subject);
}

/** Slack shows the time in each reader's own timezone; the fallback (old clients, notifications) in `zone`. */
const when = (at: Date, zone: string): string => slackDateTime(at, zone);

export function auditLine(entry: AuditEntry, titles: Record<string, string>, zone: string): string {
  const who = SLACK_ID.test(entry.actorUserId) ? `<@${entry.actorUserId}>` : 'Coalition Check-ins';
  const phrase = PHRASES[entry.action];
  const after = (typeof entry.after === 'object' && entry.after !== null ? entry.after : {}) as Details;
  const what = phrase ? phrase(subjectWords(entry.subject, titles), after) : fallbackPhrase(entry.action);
  return `• ${when(entry.at, zone)} · ${who} ${what}`;
}

export function auditMessage(
  log: { entries: AuditEntry[]; titles: Record<string, string> },
  zone: string,
): SlackMessage {
  const lines = log.entries.slice(0, MAX_AUDIT_LINES).map((entry) => auditLine(entry, log.titles, zone));
  return {
    text: `The ${log.entries.length} most recent audit entries`,
    blocks: [
      section(`*Recent audit entries*\n${lines.join('\n') || 'Nothing recorded yet.'}`),
      context('Only coordinators can see this. Entries record who did what and when, never what anyone wrote.'),
    ],
  };
}
