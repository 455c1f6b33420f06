import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { MAX_PERIOD_DAYS, periodDays } from '../../domain/insights/period.js';
import { ROLES } from '../../domain/people.js';
import { SECTOR_KEYS } from '../../domain/sectors.js';
import type { QuestionEdit } from '../../services/checkins/question-set.js';
import type { TaskFilter } from '../../services/tasks/task-service.js';
import type { KudosRequest, MilestoneRequest } from './goal-command.js';
import type { ScheduleIntent } from './schedule.js';
import { CHECKINS_SUBCOMMANDS } from './subcommands/checkins.js';
import { GOALS_SUBCOMMANDS } from './subcommands/goals.js';
import { INSIGHTS_SUBCOMMANDS } from './subcommands/insights.js';
import { PRIVACY_SUBCOMMANDS } from './subcommands/privacy.js';
import { ROSTER_SUBCOMMANDS } from './subcommands/roster.js';
import { MAX_NAME, SECTOR_HINT, type Subcommand } from './subcommands/subcommand.js';
import { TASKS_SUBCOMMANDS } from './subcommands/tasks.js';
import type { AssignRequest } from './task-command.js';
import { tokenize } from './tokens.js';

const userId = z.string().regex(/^[UW][A-Z0-9]+$/);
const sector = z.enum(SECTOR_KEYS);
const period = z
  .object({ fromDate: z.string(), toDate: z.string() })
  .refine((value) => periodDays(value) <= MAX_PERIOD_DAYS);

export const intentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('help') }),
  z.object({ kind: z.literal('setup'), name: z.string().trim().min(1).max(MAX_NAME).optional() }),
  z.object({
    kind: z.literal('partner'),
    userId,
    organisation: z.string().trim().min(1).max(MAX_NAME),
    sector,
  }),
  z.object({ kind: z.literal('role'), userId, role: z.enum(ROLES) }),
  z.object({ kind: z.literal('profile') }),
  z.object({ kind: z.literal('partners') }),
  z.object({
    kind: z.literal('schedule'),
    request: z.custom<ScheduleIntent>((value) => typeof value === 'object' && value !== null),
  }),
  z.object({ kind: z.literal('checkin') }),
  z.object({ kind: z.literal('away'), range: z.string().trim().min(1) }),
  z.object({ kind: z.literal('questions') }),
  z.object({
    kind: z.literal('question'),
    edit: z.custom<QuestionEdit>((value) => typeof value === 'object' && value !== null),
  }),
  z.object({
    kind: z.literal('assign'),
    request: z.custom<AssignRequest>((value) => typeof value === 'object' && value !== null),
  }),
  z.object({
    kind: z.literal('tasks'),
    filter: z.custom<TaskFilter>((value) => typeof value === 'object' && value !== null),
  }),
  z.object({ kind: z.literal('task'), number: z.number().int().positive() }),
  z.object({ kind: z.literal('done'), number: z.number().int().positive() }),
  z.object({ kind: z.literal('reassign'), number: z.number().int().positive(), userId }),
  z.object({ kind: z.literal('watch'), on: z.boolean() }),
  z.object({ kind: z.literal('audit') }),
  z.object({ kind: z.literal('mydata') }),
  z.object({ kind: z.literal('erase'), userId }),
  z.object({ kind: z.literal('goal'), title: z.string().min(1).optional() }),
  z.object({ kind: z.literal('goals') }),
  z.object({
    kind: z.literal('milestone'),
    request: z.custom<MilestoneRequest>((value) => typeof value === 'object' && value !== null),
  }),
  z.object({
    kind: z.literal('kudos'),
    request: z.custom<KudosRequest>((value) => typeof value === 'object' && value !== null),
  }),
  z.object({ kind: z.literal('digest'), preview: z.boolean() }),
  z.object({ kind: z.literal('overdue-names'), on: z.boolean() }),
  z.object({
    kind: z.literal('contact'),
    add: z.boolean(),
    value: z.string().min(1),
    concernCard: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('insights'), period: period.optional() }),
  z.object({ kind: z.literal('report'), period: period.optional() }),
]);

export type Intent = z.infer<typeof intentSchema>;
export type IntentKind = Intent['kind'];

/** The subcommands by area, in the order help shows them. */
export const SUBCOMMAND_AREAS: Array<{ title: string; table: Record<string, Subcommand> }> = [
  { title: 'The coalition', table: ROSTER_SUBCOMMANDS },
  { title: 'Check-ins', table: CHECKINS_SUBCOMMANDS },
  { title: 'Tasks', table: TASKS_SUBCOMMANDS },
  { title: 'Goals, digests and thanks', table: GOALS_SUBCOMMANDS },
  { title: 'Privacy and your data', table: PRIVACY_SUBCOMMANDS },
  { title: 'Insights and the yearly report', table: INSIGHTS_SUBCOMMANDS },
];

export const SUBCOMMANDS: Record<IntentKind, Subcommand> = {
  ...ROSTER_SUBCOMMANDS,
  ...CHECKINS_SUBCOMMANDS,
  ...TASKS_SUBCOMMANDS,
  ...GOALS_SUBCOMMANDS,
  ...PRIVACY_SUBCOMMANDS,
  ...INSIGHTS_SUBCOMMANDS,
};

function isSubcommand(word: string): word is IntentKind {
  return Object.hasOwn(SUBCOMMANDS, word);
}

// Every word the parser gives a meaning of its own: the subcommands and the fixed words they take (`schedule show`,
// `tasks overdue`, `watch off`, `digest preview`).
export const COMMAND_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(SUBCOMMANDS),
  ...['show', 'pause', 'resume', 'mine', 'all', 'overdue', 'on', 'off', 'preview'],
]);

/**
 * Text made only of the command's own words (`partners`, `schedule show`, `tasks mine`): letters, hyphens and spaces,
 * every word a subcommand or one of its fixed options. Such text names no one and holds no detail, so the privacy
 * scan, which costs more than the rest of answering such a command, has nothing to look at; any other word, digit
 * or sign and the text is scanned as before.
 */
export function isOnlyCommandWords(text: string): boolean {
  if (!/^[A-Za-z\s-]*$/.test(text)) return false;
  return text
    .toLowerCase()
    .split(/\s+/)
    .every((word) => word === '' || COMMAND_WORDS.has(word));
}

const FIELD_ADVICE: Record<string, string> = {
  userId: 'Mention the person with @, for example @sam.',
  organisation: 'Give the organisation as org:"Name", for example org:"St Mary’s Primary".',
  sector: `Give a sector as sector:education. ${SECTOR_HINT}`,
  role: 'The role must be coordinator, partner or observer.',
  name: `Keep the name under ${MAX_NAME} characters.`,
  range: 'Give the dates you will be away, like 2026-12-24..2027-01-02.',
  on: 'Say `on` or `off`.',
  preview: 'Say `/coalition digest` to post it, or `/coalition digest preview` to see it privately.',
  title: 'Give the title in quotes.',
  add: 'Say `add` or `remove`, then the number or address.',
  value: 'Give the published number or address.',
  period: 'Give the dates as 2026-04-01..2027-03-31 (at most three years).',
};

/** Edit distance (insert, delete, substitute, swap two neighbours), for "did you mean". */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/**
 * The subcommand a near-miss most likely meant: one slip for short words, two for longer ones, and only when one
 * candidate is closest (`task` and `tasks` tie for `taks`; the plural, what people list most, wins).
 */
export function closestSubcommand(word: string): IntentKind | undefined {
  const typed = word.toLowerCase();
  if (typed.length < 3) return undefined;
  const allowed = typed.length <= 4 ? 1 : 2;
  let best: { kind: IntentKind; distance: number } | undefined;
  for (const kind of Object.keys(SUBCOMMANDS) as IntentKind[]) {
    const distance = editDistance(typed, kind);
    if (distance > allowed) continue;
    const better = !best || distance < best.distance || (distance === best.distance && kind.length > best.kind.length);
    if (better) best = { kind, distance };
  }
  return best?.kind;
}

/** Turns `/coalition` text into a typed intent, or a DomainError whose message shows the right usage. */
export function parseCommand(text: string): Intent {
  const tokens = tokenize(text);
  const first = tokens[0];
  if (!first) return { kind: 'help' };
  const word = first.type === 'word' ? first.value.toLowerCase() : '';
  if (!isSubcommand(word)) {
    const shown = first.type === 'word' ? first.value.slice(0, 40) : 'that';
    const guess = first.type === 'word' ? closestSubcommand(first.value) : undefined;
    throw new DomainError(
      'usage',
      guess
        ? `I don’t know the command \`${shown}\`. Did you mean \`${guess}\`?`
        : `I don’t know the command \`${shown}\`.`,
      guess
        ? `Usage: \`${SUBCOMMANDS[guess].usage}\`. \`/coalition help\` lists everything I can do.`
        : 'Try `/coalition help` to see everything I can do.',
    );
  }
  const subcommand = SUBCOMMANDS[word];
  const rest = text
    .trim()
    .slice(text.trim().split(/\s+/, 1)[0]?.length ?? 0)
    .trim();
  const parsed = intentSchema.safeParse({ kind: word, ...subcommand.build(tokens.slice(1), rest) });
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
  const advice = fields.map((field) => FIELD_ADVICE[field]).filter((line): line is string => Boolean(line));
  throw new DomainError(
    'usage',
    [`That \`/coalition ${word}\` needs a little more.`, ...advice].join(' '),
    `Usage: \`${subcommand.usage}\`\nExample: \`${subcommand.example}\``,
  );
}
