import { parseQuestionEdit } from '../question-edit.js';
import { parseScheduleText } from '../schedule.js';
import type { SubcommandTable } from './subcommand.js';

/** Check-in schedules, questions and answers. */
export const CHECKINS_SUBCOMMANDS: SubcommandTable<'schedule' | 'checkin' | 'away' | 'questions' | 'question'> = {
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
};
