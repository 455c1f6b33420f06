import type { types } from '@slack/bolt';
import type { BlockerLine, Digest, DigestPerson, TaskLine } from '../../domain/digest.js';
import { sectorLabel } from '../../domain/sectors.js';
import { DIGEST_ACTIONS } from '../ids.js';
import { formatCycleDate } from './dates.js';
import { type Block, button, context, escapeMrkdwn, header, type SlackMessage, section } from './elements.js';

// Slack: 50 blocks a message, 3000 characters a section. The summary keeps well inside both at any size;
// what does not fit says so and lives in the thread.
const SECTION_BUDGET = 2800;
const BLOCKERS_IN_SUMMARY = 8;
const BLOCKERS_PER_THREAD_MESSAGE = 40;
const ENTRY_CHARS = 280;

function who(person: DigestPerson): string {
  return `<@${person.userId}>${person.organisation ? ` (${escapeMrkdwn(person.organisation)})` : ''}`;
}

function clip(text: string, limit = ENTRY_CHARS): string {
  const flat = escapeMrkdwn(text.replace(/\s+/g, ' ').trim());
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

/** Lines up to the section budget; the rest is counted and pointed to the thread. */
function fitLines(title: string, lines: string[]): string {
  let body = `*${title}*`;
  let shown = 0;
  for (const line of lines) {
    if (body.length + line.length + 60 > SECTION_BUDGET) break;
    body += `\n${line}`;
    shown += 1;
  }
  return shown < lines.length ? `${body}\n_…and ${lines.length - shown} more in the thread_` : body;
}

function blockerBlock(blocker: BlockerLine): types.SectionBlock {
  const offers =
    blocker.offers.length > 0 ? `\n_Offered help: ${blocker.offers.map((id) => `<@${id}>`).join(', ')}_` : '';
  const carried = blocker.carried ? ' _(still open)_' : '';
  return {
    ...section(`${who(blocker.person)}${carried}: ${clip(blocker.text)}${offers}`),
    accessory: button('I can help', DIGEST_ACTIONS.offerHelp, String(blocker.id)),
  };
}

function taskLines(tasks: TaskLine[], nameOwners: boolean): string[] {
  return tasks.map(
    (task) =>
      `• *${task.ref}* ${clip(task.title, 120)}${nameOwners ? ` · <@${task.ownerUserId}>` : ''}${task.dueDate ? ` · ${formatCycleDate(task.dueDate)}` : ''}`,
  );
}

export function digestSummary(digest: Digest): SlackMessage {
  const blocks: Block[] = [header(`${digest.coalitionName}: check-in for ${formatCycleDate(digest.cycleDate)}`)];
  const sectorCounts = digest.bySector
    .map((row) => `${row.sector ? sectorLabel(row.sector) : 'Sector not set'} ${row.answered}/${row.expected}`)
    .join(' · ');
  blocks.push(section(`*${digest.answered} of ${digest.expected}* partners checked in. Thank you, everyone.`));
  if (sectorCounts) blocks.push(context(sectorCounts));
  if (digest.wins.length > 0)
    blocks.push(
      section(
        fitLines(
          '🎉 Wins',
          digest.wins.map((win) => `• ${who(win.person)}: ${clip(win.text)}`),
        ),
      ),
    );
  for (const group of digest.progress) {
    blocks.push(
      section(
        fitLines(
          group.sector ? sectorLabel(group.sector) : 'Sector not set',
          group.entries.map((entry) => `• ${who(entry.person)}: ${clip(entry.text)}`),
        ),
      ),
    );
  }
  if (digest.blockers.length > 0) {
    blocks.push(section('*Blockers: can you help?*'));
    blocks.push(...digest.blockers.slice(0, BLOCKERS_IN_SUMMARY).map(blockerBlock));
    if (digest.blockers.length > BLOCKERS_IN_SUMMARY)
      blocks.push(
        context(
          `${digest.blockers.length - BLOCKERS_IN_SUMMARY} more blockers are in the thread, each with its own button.`,
        ),
      );
  }
  const { tasks } = digest;
  const taskSections = [
    tasks.completed.length > 0
      ? fitLines(`✅ Tasks completed (${tasks.completed.length})`, taskLines(tasks.completed, true))
      : '',
    tasks.dueSoon.length > 0
      ? fitLines(`📅 Due in the next 7 days (${tasks.dueSoon.length})`, taskLines(tasks.dueSoon, true))
      : '',
    tasks.overdueCount > 0
      ? tasks.nameOverdueOwners
        ? fitLines(`⏰ Overdue (${tasks.overdueCount})`, taskLines(tasks.overdue, true))
        : `*⏰ Overdue:* ${tasks.overdueCount} task${tasks.overdueCount === 1 ? '' : 's'}. Owners, \`/coalition tasks\` shows yours.`
      : '',
  ].filter(Boolean);
  blocks.push(...taskSections.map((text) => section(text)));
  const { milestones } = digest;
  const milestoneLines = [
    ...milestones.reached.map((milestone) => `• 🏁 *${milestone.ref}* ${clip(milestone.title, 150)}: reached!`),
    ...milestones.next.map(
      (milestone) => `• *${milestone.ref}* ${clip(milestone.title, 150)}: ${milestone.progress} of ${milestone.target}`,
    ),
  ];
  if (milestoneLines.length > 0) blocks.push(section(fitLines('Milestones', milestoneLines)));
  const notes = [
    digest.away.length > 0 ? `Away this time: ${digest.away.map((person) => person.name).join(', ')}.` : '',
    digest.celebrated > 0
      ? `${digest.celebrated} ${digest.celebrated === 1 ? 'person' : 'people'} celebrated the coalition’s shout-outs since the last digest.`
      : '',
    digest.missingSectors.length > 0
      ? `No one from ${digest.missingSectors.map(sectorLabel).join(', ')} is at the table yet: who could we invite?`
      : '',
  ].filter(Boolean);
  if (notes.length > 0) blocks.push(context(notes.join(' ')));
  blocks.push(context('Everyone’s full answers are in the thread.'));
  return {
    text: `${digest.coalitionName}: ${digest.answered} of ${digest.expected} checked in (${digest.cycleDate})`,
    blocks,
  };
}

/** One partner's full answers, as one thread reply. */
export function digestReply(reply: Digest['replies'][number]): SlackMessage {
  const title = `${who(reply.person)}${reply.late ? ' _(late)_' : ''}`;
  const blocks: Block[] = [section(title)];
  for (const line of reply.lines.slice(0, 45))
    blocks.push(section(`*${escapeMrkdwn(line.question)}*\n${clip(line.answer, 2700)}`));
  return { text: `${reply.person.name}'s check-in`, blocks };
}

/** Blockers beyond the summary's share, in thread messages of their own, each with its button. */
export function blockerThreadMessages(blockers: BlockerLine[]): SlackMessage[] {
  const rest = blockers.slice(BLOCKERS_IN_SUMMARY);
  const messages: SlackMessage[] = [];
  for (let start = 0; start < rest.length; start += BLOCKERS_PER_THREAD_MESSAGE) {
    const chunk = rest.slice(start, start + BLOCKERS_PER_THREAD_MESSAGE);
    messages.push({
      text: 'More blockers',
      blocks: [section('*More blockers: can you help?*'), ...chunk.map(blockerBlock)],
    });
  }
  return messages;
}

export function helpOfferedMessage(input: {
  helperUserId: string;
  authorUserId: string;
  blockerId: number;
}): SlackMessage {
  const text = `<@${input.authorUserId}>, <@${input.helperUserId}> has offered to help with your blocker. Thank you!`;
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        block_id: `blocker_${input.blockerId}`,
        elements: [button('My blocker is resolved', DIGEST_ACTIONS.resolveBlocker, String(input.blockerId))],
      },
    ],
  };
}
