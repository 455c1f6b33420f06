import { ASSIGN_EXAMPLE, parseAssign, parseTaskFilter, parseTaskTarget } from '../task-command.js';
import type { SubcommandTable } from './subcommand.js';

/** Tasks and shared accountability. */
export const TASKS_SUBCOMMANDS: SubcommandTable<'assign' | 'tasks' | 'task' | 'done' | 'reassign'> = {
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
};
