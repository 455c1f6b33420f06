import { parseGoalAdd, parseKudos, parseMilestone } from '../goal-command.js';
import { wordsOf } from '../tokens.js';
import type { SubcommandTable } from './subcommand.js';

/** Goals, milestones, celebrations and digests. */
export const GOALS_SUBCOMMANDS: SubcommandTable<'goal' | 'goals' | 'milestone' | 'kudos' | 'digest' | 'overdue-names'> =
  {
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
