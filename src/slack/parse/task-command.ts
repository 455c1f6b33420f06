import { DomainError } from '../../domain/errors.js';
import { parseRef } from '../../domain/goals.js';
import { parseSector } from '../../domain/sectors.js';
import { parseTaskRef } from '../../domain/tasks.js';
import type { TaskFilter } from '../../services/tasks/task-service.js';
import { type Token, tokenize, usersOf, wordsOf } from './tokens.js';

export const ASSIGN_EXAMPLE = '/coalition assign @sam Draft the referral pathway leaflet due:2026-12-05';

export type AssignRequest =
  | { modal: true }
  | {
      modal: false;
      ownerUserId: string;
      title: string;
      due: string | undefined;
      organisation: string | undefined;
      milestone: number | undefined;
    };

const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/i;

/** `assign @user Title words due:next friday org:"St Mary's"`: the due date runs to the next option or the end. */
export function parseAssign(rest: string): AssignRequest {
  if (rest.trim() === '') return { modal: true };
  const mention = MENTION.exec(rest);
  if (!mention?.[1])
    throw new DomainError(
      'usage',
      'Say who will own the task with an @mention.',
      `Example: \`${ASSIGN_EXAMPLE}\`, or \`/coalition assign\` alone for a form.`,
    );
  const withoutMention = rest.replace(MENTION, ' ');
  const org = /\borg:(?:"([^"]*)"?|“([^”]*)”?|(\S+))/i.exec(withoutMention);
  const withoutOrg0 = org ? withoutMention.replace(org[0], ' ') : withoutMention;
  const milestoneOption = /\bmilestone:(\S+)/i.exec(withoutOrg0);
  const withoutOrg = milestoneOption ? withoutOrg0.replace(milestoneOption[0], ' ') : withoutOrg0;
  const milestone = milestoneOption ? parseRef('M', milestoneOption[1] ?? '') : undefined;
  if (milestoneOption && milestone === undefined)
    throw new DomainError(
      'usage',
      'Name the milestone by its number, like milestone:M-3.',
      `Example: \`${ASSIGN_EXAMPLE} milestone:M-3\``,
    );
  const dueMatch = /\bdue:\s*(.*)$/i.exec(withoutOrg);
  const title = (dueMatch ? withoutOrg.slice(0, dueMatch.index) : withoutOrg).replace(/\s+/g, ' ').trim();
  const due = dueMatch?.[1]?.replace(/^["“]|["”]$/g, '').trim();
  return {
    modal: false,
    ownerUserId: mention[1].toUpperCase(),
    title,
    due: due || undefined,
    organisation: (org?.[1] ?? org?.[2] ?? org?.[3])?.trim(),
    milestone,
  };
}

const LIST_USAGE =
  'Use `/coalition tasks` (yours), `tasks all`, `tasks overdue`, `tasks @name` or `tasks sector:health`.';

export function parseTaskFilter(tokens: Token[]): TaskFilter {
  const [first, ...more] = tokens;
  if (more.length > 0) throw new DomainError('usage', 'Choose one list at a time.', LIST_USAGE);
  if (!first) return { kind: 'mine' };
  if (first.type === 'user') return { kind: 'owner', userId: first.id };
  if (first.type === 'option' && first.key === 'sector') {
    const sector = parseSector(first.value);
    if (!sector) throw new DomainError('usage', 'I don’t know that sector.', LIST_USAGE);
    return { kind: 'sector', sector };
  }
  const word = first.type === 'word' ? first.value.toLowerCase() : '';
  if (word === 'all' || word === 'overdue' || word === 'mine') return { kind: word };
  throw new DomainError('usage', 'I can’t list tasks that way.', LIST_USAGE);
}

/** `T-42`, `t42` or `42`, then any @mention (for reassign). */
export function parseTaskTarget(
  text: string,
  needsUser: boolean,
  usage: string,
): { number: number; userId: string | undefined } {
  const tokens = tokenize(text);
  const number = parseTaskRef(wordsOf(tokens)[0] ?? '');
  const userId = usersOf(tokens)[0];
  if (number === undefined)
    throw new DomainError(
      'usage',
      'Name the task by its number, like T-42.',
      `Usage: \`${usage}\`. See numbers with \`/coalition tasks all\`.`,
    );
  if (needsUser && !userId)
    throw new DomainError('usage', 'Say who should own it now, with an @mention.', `Usage: \`${usage}\``);
  return { number, userId };
}
