import type { types } from '@slack/bolt';
import type { BlockerLine, Digest, DigestPerson, MilestoneLine, TaskLine } from '../../domain/digest.js';
import { sectorLabel } from '../../domain/sectors.js';
import { DIGEST_ACTIONS } from '../ids.js';
import { formatDate, slackDate } from './dates.js';
import { type Block, button, context, header, type SlackMessage, section } from './elements.js';
import { escapeMrkdwn } from './escape.js';

// Read in a minute at any size: the count, then blockers (the one place the channel is asked to act), then a few
// wins, due and overdue tasks, milestones. Each list is capped and counts the rest, so the summary is the same
// length at 10 partners or 200 (Slack: 50 blocks a message, 3000 characters a section). Progress and everyone's
// full answers are in the thread.
export const DIGEST_CAPS = { blockers: 5, wins: 5, tasks: 5, milestones: 5 } as const;
const BLOCKERS_PER_THREAD_MESSAGE = 40;
const ENTRY_CHARS = 160;

/** A plain name and organisation: the summary names people without pinging them. */
function named(person: DigestPerson): string {
  return `${escapeMrkdwn(person.name)}${person.organisation ? ` (${escapeMrkdwn(person.organisation)})` : ''}`;
}

function clip(text: string, limit = ENTRY_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeMrkdwn(flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`);
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The first `cap` lines under a title, and how many more are in the thread. */
function capped(title: string, lines: string[], cap: number, rest: string): string {
  const more = lines.length > cap ? `\n_…and ${lines.length - cap} more ${rest}_` : '';
  return [`*${title}*`, ...lines.slice(0, cap)].join('\n') + more;
}

function blockerBlock(blocker: BlockerLine): types.SectionBlock {
  const offers = blocker.offers.length > 0 ? `\n_${plural(blocker.offers.length, 'offer')} of help so far_` : '';
  const carried = blocker.carried ? ' _(still open)_' : '';
  return {
    ...section(`${named(blocker.person)}${carried}: ${clip(blocker.text)}${offers}`),
    accessory: button('I can help', DIGEST_ACTIONS.offerHelp, String(blocker.id)),
  };
}

function blockerBlocks(blockers: BlockerLine[]): Block[] {
  if (blockers.length === 0) return [];
  const rest = blockers.length - DIGEST_CAPS.blockers;
  return [
    section(`*Can you help?* ${plural(blockers.length, 'partner is', 'partners are')} stuck on something.`),
    ...blockers.slice(0, DIGEST_CAPS.blockers).map(blockerBlock),
    ...(rest > 0 ? [context(`${plural(rest, 'more blocker')} in the thread, each with its own button.`)] : []),
  ];
}

function taskLine(task: TaskLine, withOwner: boolean): string {
  const owner = withOwner && task.ownerName ? ` · ${escapeMrkdwn(task.ownerName)}` : '';
  return `• *${task.ref}* ${clip(task.title, 100)}${owner}${task.dueDate ? ` · ${slackDate(task.dueDate)}` : ''}`;
}

function taskSection(tasks: Digest['tasks']): Block[] {
  const counts = [
    tasks.completed.length > 0 ? `✅ ${plural(tasks.completed.length, 'task')} done` : '',
    tasks.dueSoon.length > 0 ? `📅 ${tasks.dueSoon.length} due in the next 7 days` : '',
    tasks.overdueCount > 0 ? `⏰ ${tasks.overdueCount} overdue` : '',
  ].filter(Boolean);
  if (counts.length === 0) return [];
  const lines = [
    ...tasks.dueSoon.map((task) => taskLine(task, true)),
    ...(tasks.nameOverdueOwners ? tasks.overdue.map((task) => `${taskLine(task, true)} · overdue`) : []),
  ];
  const footer = tasks.overdueCount > 0 && !tasks.nameOverdueOwners ? '\nOwners, `/coalition tasks` shows yours.' : '';
  return [
    section(
      `${capped(`Tasks: ${counts.join(' · ')}`, lines, DIGEST_CAPS.tasks, 'with `/coalition tasks all`')}${footer}`,
    ),
  ];
}

function milestoneLine(milestone: MilestoneLine, reached: boolean): string {
  const state = reached ? '🏁 reached!' : `${milestone.progress} of ${milestone.target}`;
  return `• *${milestone.ref}* ${clip(milestone.title, 100)}: ${state}`;
}

function closingNotes(digest: Digest): Block[] {
  const notes = [
    digest.away.length > 0
      ? `Away this time: ${digest.away.map((person) => escapeMrkdwn(person.name)).join(', ')}.`
      : '',
    digest.celebrated > 0
      ? `${plural(digest.celebrated, 'person', 'people')} celebrated the coalition’s shout-outs since the last digest.`
      : '',
    digest.missingSectors.length > 0
      ? `No one from ${digest.missingSectors.map(sectorLabel).join(', ')} is at the table yet: who could we invite?`
      : '',
  ].filter(Boolean);
  return notes.length > 0 ? [context(notes.join(' '))] : [];
}

export function digestSummary(digest: Digest): SlackMessage {
  const { milestones } = digest;
  const wins = digest.wins.map((win) => `• ${named(win.person)}: ${clip(win.text)}`);
  const milestoneLines = [
    ...milestones.reached.map((milestone) => milestoneLine(milestone, true)),
    ...milestones.next.map((milestone) => milestoneLine(milestone, false)),
  ];
  const blocks: Block[] = [
    header(`${digest.coalitionName}: check-in for ${formatDate(digest.cycleDate)}`),
    section(`*${digest.answered} of ${digest.expected}* checked in. Thank you, everyone.`),
    ...blockerBlocks(digest.blockers),
    ...(wins.length > 0 ? [section(capped('🎉 Wins', wins, DIGEST_CAPS.wins, 'in the thread'))] : []),
    ...taskSection(digest.tasks),
    ...(milestoneLines.length > 0
      ? [section(capped('Milestones', milestoneLines, DIGEST_CAPS.milestones, 'with `/coalition goals`'))]
      : []),
    ...closingNotes(digest),
    context('Everyone’s progress and full answers are in the thread.'),
  ];
  return {
    text: escapeMrkdwn(
      `${digest.coalitionName}: ${digest.answered} of ${digest.expected} checked in (${formatDate(digest.cycleDate)})`,
    ),
    blocks,
  };
}

/** One partner's full answers, as one thread reply: named in words, so a digest pings nobody. */
export function digestReply(reply: Digest['replies'][number]): SlackMessage {
  const title = `*${named(reply.person)}*${reply.late ? ' _(late)_' : ''}`;
  const blocks: Block[] = [section(title)];
  for (const line of reply.lines.slice(0, 45))
    blocks.push(section(`*${escapeMrkdwn(line.question)}*\n${escapeMrkdwn(line.answer.slice(0, 2700))}`));
  return { text: escapeMrkdwn(`${reply.person.name}’s check-in`), blocks };
}

/** Blockers beyond the summary's share, in thread messages of their own, each with its button. */
export function blockerThreadMessages(blockers: BlockerLine[]): SlackMessage[] {
  const rest = blockers.slice(DIGEST_CAPS.blockers);
  const messages: SlackMessage[] = [];
  for (let start = 0; start < rest.length; start += BLOCKERS_PER_THREAD_MESSAGE) {
    const chunk = rest.slice(start, start + BLOCKERS_PER_THREAD_MESSAGE);
    messages.push({
      text: 'More blockers: can you help?',
      blocks: [section('*More blockers: can you help?*'), ...chunk.map(blockerBlock)],
    });
  }
  return messages;
}

/** The one mention in a digest's thread: the blocker's author, who is asked to act (talk to the helper). */
export function helpOfferedMessage(input: {
  helperUserId: string;
  authorUserId: string;
  blockerId: number;
}): SlackMessage {
  const text = `<@${input.authorUserId}>, <@${input.helperUserId}> has offered to help with your blocker. Thank you!`;
  return {
    text,
    blocks: [
      section(`${text} When it is sorted, tell the coalition here:`),
      {
        type: 'actions',
        block_id: `blocker_${input.blockerId}`,
        elements: [button('My blocker is resolved', DIGEST_ACTIONS.resolveBlocker, String(input.blockerId))],
      },
    ],
  };
}
