import { DomainError } from '../../domain/errors.js';
import { parseRef } from '../../domain/goals.js';
import { optionsOf, type Token, usersOf, wordsOf } from './tokens.js';

export type MilestoneRequest =
  | { action: 'modal' }
  | { action: 'add'; goalNumber: number; title: string; by: string | undefined; target: number }
  | { action: 'progress'; number: number; progress: number }
  | { action: 'done'; number: number };

const MILESTONE_USAGE =
  'Usage: `/coalition milestone add G-1 "20 of 20 schools confirmed" by:2027-03-31 target:20`, `milestone progress M-3 14` or `milestone done M-3`.';

function usage(message: string, hint = MILESTONE_USAGE): DomainError {
  return new DomainError('usage', message, hint);
}

/** `goal add "Title"`; `goal add` alone opens the form. */
export function parseGoalAdd(tokens: Token[]): { title?: string } {
  const [action, title] = wordsOf(tokens);
  if (action?.toLowerCase() === 'add' && tokens.length === 1) return {};
  if (action?.toLowerCase() !== 'add' || !title)
    throw usage(
      'Add a goal with its title in quotes.',
      'Example: `/coalition goal add "Every school has a named safeguarding lead"`',
    );
  return { title };
}

export function parseMilestone(tokens: Token[]): MilestoneRequest {
  const words = wordsOf(tokens);
  const action = words[0]?.toLowerCase();
  if (action === 'add' && tokens.length === 1) return { action: 'modal' };
  if (action === 'add') {
    const goalNumber = parseRef('G', words[1] ?? '');
    const title = words[2];
    const options = optionsOf(tokens);
    const target = options.has('target') ? Number(options.get('target')) : 1;
    if (goalNumber === undefined || !title)
      throw usage('Say which goal (like G-1) and give the milestone’s title in quotes.');
    if (!Number.isInteger(target) || target < 1) throw usage('The target is a whole number, like target:20.');
    return { action: 'add', goalNumber, title, by: options.get('by'), target };
  }
  if (action === 'progress') {
    const number = parseRef('M', words[1] ?? '');
    const progress = Number(words[2]);
    if (number === undefined || !Number.isInteger(progress) || progress < 0)
      throw usage('Say which milestone and its new progress, like `milestone progress M-3 14`.');
    return { action: 'progress', number, progress };
  }
  if (action === 'done') {
    const number = parseRef('M', words[1] ?? '');
    if (number === undefined) throw usage('Say which milestone, like `milestone done M-3`.');
    return { action: 'done', number };
  }
  throw usage('I can add a milestone, update its progress, or mark it done.');
}

export type KudosRequest = { action: 'give'; userId: string; reason: string } | { action: 'counts' };

export function parseKudos(tokens: Token[], rest: string): KudosRequest {
  if (wordsOf(tokens)[0]?.toLowerCase() === 'counts' && tokens.length === 1) return { action: 'counts' };
  const userId = usersOf(tokens)[0];
  const reason = rest
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!userId || !reason)
    throw usage(
      'Say who you are thanking and what for.',
      'Example: `/coalition kudos @sam for leading the school assemblies`',
    );
  return { action: 'give', userId, reason };
}
