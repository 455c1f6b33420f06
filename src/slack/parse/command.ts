import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { ROLES } from '../../domain/people.js';
import { parseSector, SECTOR_KEYS } from '../../domain/sectors.js';
import type { QuestionEdit } from '../../services/checkins/question-set.js';
import type { TaskFilter } from '../../services/tasks/task-service.js';
import { type KudosRequest, type MilestoneRequest, parseGoalAdd, parseKudos, parseMilestone } from './goal-command.js';
import { parseQuestionEdit } from './question-edit.js';
import { parseScheduleText, type ScheduleIntent } from './schedule.js';
import { ASSIGN_EXAMPLE, type AssignRequest, parseAssign, parseTaskFilter, parseTaskTarget } from './task-command.js';
import { optionsOf, type Token, tokenize, usersOf, wordsOf } from './tokens.js';

const userId = z.string().regex(/^[UW][A-Z0-9]+$/);
const sector = z.enum(SECTOR_KEYS);
const MAX_NAME = 80;

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
  z.object({ kind: z.literal('contact'), add: z.boolean(), value: z.string().min(1) }),
]);

export type Intent = z.infer<typeof intentSchema>;
export type IntentKind = Intent['kind'];

interface Subcommand {
  usage: string;
  example: string;
  summary: string;
  coordinatorOnly?: boolean;
  /** `rest` is the raw text after the subcommand word, for subcommands with a grammar of their own. */
  build(tokens: Token[], rest: string): Record<string, unknown>;
}

const SECTOR_HINT =
  'Sectors: education, health, police, local_authority_childrens_services, parents_carers, youth_voice, housing, voluntary_community, faith, business… (`/coalition help` lists them all).';

export const SUBCOMMANDS: Record<IntentKind, Subcommand> = {
  help: {
    usage: '/coalition help',
    example: '/coalition help',
    summary: 'what I do and every command',
    build: () => ({}),
  },
  setup: {
    usage: '/coalition setup [name]',
    example: '/coalition setup Northside Children’s Safety Coalition',
    summary: 'make this channel the coalition’s home; you become its first coordinator',
    build: (tokens) => {
      const name = wordsOf(tokens).join(' ').trim();
      return name ? { name } : {};
    },
  },
  partner: {
    usage: '/coalition partner @name org:"Organisation" sector:<sector>',
    example: '/coalition partner @sam org:"St Mary’s Primary" sector:education',
    summary: 'record someone’s organisation and sector',
    coordinatorOnly: true,
    build: (tokens) => {
      const options = optionsOf(tokens);
      const sectorText = options.get('sector');
      return {
        userId: usersOf(tokens)[0],
        organisation: options.get('org') ?? options.get('organisation') ?? options.get('organization'),
        sector: sectorText === undefined ? undefined : (parseSector(sectorText) ?? sectorText),
      };
    },
  },
  role: {
    usage: '/coalition role @name coordinator|partner|observer',
    example: '/coalition role @sam coordinator',
    summary: 'change what someone can do',
    coordinatorOnly: true,
    build: (tokens) => ({ userId: usersOf(tokens)[0], role: wordsOf(tokens)[0]?.toLowerCase() }),
  },
  profile: {
    usage: '/coalition profile',
    example: '/coalition profile',
    summary: 'set your own organisation, sector and what you bring',
    build: () => ({}),
  },
  partners: {
    usage: '/coalition partners',
    example: '/coalition partners',
    summary: 'the roster by sector, and the core sectors not at the table yet',
    build: () => ({}),
  },
  schedule: {
    usage:
      '/coalition schedule weekly|fortnightly|monthly|weekdays|daily <days> <time> [window 48h] | pause | resume | show',
    example: '/coalition schedule weekly mon 09:00',
    summary: 'when check-ins go out, at each partner’s own local time',
    coordinatorOnly: true,
    build: (_tokens, rest) => ({ request: parseScheduleText(rest) }),
  },
  checkin: {
    usage: '/coalition checkin',
    example: '/coalition checkin',
    summary: 'open this cycle’s check-in (or change your answers until it closes)',
    build: () => ({}),
  },
  away: {
    usage: '/coalition away <from>..<to>',
    example: '/coalition away 2026-12-24..2027-01-02',
    summary: 'no check-ins while you are away; you count as away, not missed',
    build: (_tokens, rest) => ({ range: rest }),
  },
  questions: {
    usage: '/coalition questions',
    example: '/coalition questions',
    summary: 'the check-in questions, numbered',
    build: () => ({}),
  },
  question: {
    usage:
      '/coalition question add "Question?" [short|long|scale] [required] | remove <n> | move <n> <to> | require <n> yes|no | reset',
    example: '/coalition question add "How confident do you feel about referrals?" scale',
    summary: 'edit the check-in questions',
    coordinatorOnly: true,
    build: (tokens) => ({ edit: parseQuestionEdit(tokens) }),
  },
  assign: {
    usage: '/coalition assign @name <task> due:<date> [org:"Organisation"]',
    example: ASSIGN_EXAMPLE,
    summary: 'give someone a task (or `/coalition assign` alone for a form)',
    coordinatorOnly: true,
    build: (_tokens, rest) => ({ request: parseAssign(rest) }),
  },
  tasks: {
    usage: '/coalition tasks [all|overdue|@name|sector:<sector>]',
    example: '/coalition tasks overdue',
    summary: 'open tasks: yours, or all, overdue, someone’s, a sector’s',
    build: (tokens) => ({ filter: parseTaskFilter(tokens) }),
  },
  task: {
    usage: '/coalition task T-42',
    example: '/coalition task T-42',
    summary: 'one task with its history',
    build: (_tokens, rest) => ({ number: parseTaskTarget(rest, false, '/coalition task T-42').number }),
  },
  done: {
    usage: '/coalition done T-42',
    example: '/coalition done T-42',
    summary: 'mark a task done (its owner or a coordinator)',
    build: (_tokens, rest) => ({ number: parseTaskTarget(rest, false, '/coalition done T-42').number }),
  },
  reassign: {
    usage: '/coalition reassign T-42 @name',
    example: '/coalition reassign T-42 @sam',
    summary: 'give a task to someone else',
    coordinatorOnly: true,
    build: (_tokens, rest) => {
      const target = parseTaskTarget(rest, true, '/coalition reassign T-42 @name');
      return { number: target.number, userId: target.userId };
    },
  },
  watch: {
    usage: '/coalition watch on|off',
    example: '/coalition watch on',
    summary: 'watch the channel for details that identify a child (on by default)',
    coordinatorOnly: true,
    build: (tokens) => {
      const word = wordsOf(tokens)[0]?.toLowerCase();
      return { on: word === 'on' ? true : word === 'off' ? false : undefined };
    },
  },
  audit: {
    usage: '/coalition audit',
    example: '/coalition audit',
    summary: 'recent audit entries: who changed what, and when',
    coordinatorOnly: true,
    build: () => ({}),
  },
  mydata: {
    usage: '/coalition mydata',
    example: '/coalition mydata',
    summary: 'a file of everything stored about you, sent to you privately',
    build: () => ({}),
  },
  erase: {
    usage: '/coalition erase @name',
    example: '/coalition erase @sam',
    summary: 'erase a member’s data (asks you to confirm first)',
    coordinatorOnly: true,
    build: (tokens) => ({ userId: usersOf(tokens)[0] }),
  },
  goal: {
    usage: '/coalition goal add "<goal>"',
    example: '/coalition goal add "Every school has a named safeguarding lead"',
    summary: 'add a shared goal',
    coordinatorOnly: true,
    build: (tokens) => parseGoalAdd(tokens),
  },
  goals: {
    usage: '/coalition goals',
    example: '/coalition goals',
    summary: 'the goals and their milestones, with progress',
    build: () => ({}),
  },
  milestone: {
    usage: '/coalition milestone add G-1 "<milestone>" by:<date> target:<n> | progress M-3 <n> | done M-3',
    example: '/coalition milestone add G-1 "20 of 20 schools confirmed" by:2027-03-31 target:20',
    summary: 'add or update a milestone; reaching one is celebrated in the channel',
    coordinatorOnly: true,
    build: (tokens) => ({ request: parseMilestone(tokens) }),
  },
  kudos: {
    usage: '/coalition kudos @name for <what>',
    example: '/coalition kudos @sam for leading the school assemblies',
    summary: 'thank someone in the channel (coordinators: `kudos counts`)',
    build: (tokens, rest) => ({ request: parseKudos(tokens, rest) }),
  },
  digest: {
    usage: '/coalition digest [preview]',
    example: '/coalition digest preview',
    summary: 'post this cycle’s digest now, or preview it privately',
    coordinatorOnly: true,
    build: (tokens) => {
      const word = wordsOf(tokens)[0]?.toLowerCase();
      return { preview: word === 'preview' ? true : word === undefined ? false : undefined };
    },
  },
  contact: {
    usage: '/coalition contact add|remove <published work phone or e-mail>',
    example: '/coalition contact add 0800 123 4567',
    summary: 'a published work contact the privacy scan should never flag',
    coordinatorOnly: true,
    build: (_tokens, rest) => {
      const [word, ...value] = rest.split(/\s+/);
      const action = word?.toLowerCase();
      return {
        add: action === 'add' ? true : action === 'remove' ? false : undefined,
        value: value.join(' ').replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1'),
      };
    },
  },
  'overdue-names': {
    usage: '/coalition overdue-names on|off',
    example: '/coalition overdue-names on',
    summary: 'name the owners of overdue tasks in digests (off: counts only)',
    coordinatorOnly: true,
    build: (tokens) => {
      const word = wordsOf(tokens)[0]?.toLowerCase();
      return { on: word === 'on' ? true : word === 'off' ? false : undefined };
    },
  },
};

function isSubcommand(word: string): word is IntentKind {
  return Object.hasOwn(SUBCOMMANDS, word);
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
};

/** Turns `/coalition` text into a typed intent, or a DomainError whose message shows the right usage. */
export function parseCommand(text: string): Intent {
  const tokens = tokenize(text);
  const first = tokens[0];
  if (!first) return { kind: 'help' };
  const word = first.type === 'word' ? first.value.toLowerCase() : '';
  if (!isSubcommand(word)) {
    const shown = first.type === 'word' ? first.value.slice(0, 40) : 'that';
    throw new DomainError(
      'usage',
      `I don’t know the command \`${shown}\`.`,
      'Try `/coalition help` to see everything I can do.',
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
