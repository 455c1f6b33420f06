import type { types } from '@slack/bolt';
import type { PromptContent } from '../../services/ports.js';
import { ACTIONS } from '../ids.js';
import { formatDate, slackDate, slackDateTime } from './dates.js';
import { type Block, button, context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

function checkinActions(cycleId: number): types.ActionsBlock {
  const value = String(cycleId);
  return {
    type: 'actions',
    block_id: 'checkin_actions',
    elements: [
      button('Check in', ACTIONS.openCheckin, value, 'primary'),
      button('Skip this time', ACTIONS.skipCheckin, value),
      button('I’m away until…', ACTIONS.openAway, value),
    ],
  };
}

const MAX_TASKS_IN_PROMPT = 10;

function openTasks(content: PromptContent): Block[] {
  if (content.tasks.length === 0) return [];
  const lines = content.tasks
    .slice(0, MAX_TASKS_IN_PROMPT)
    .map(
      (task) =>
        `• *${task.ref}* ${escapeMrkdwn(task.title)} (${task.status.toLowerCase()}${task.dueDate ? `, due ${slackDate(task.dueDate)}` : ''})`,
    );
  const more =
    content.tasks.length > MAX_TASKS_IN_PROMPT ? `\n…and ${content.tasks.length - MAX_TASKS_IN_PROMPT} more` : '';
  return [section(`*Your open tasks* (you can update them in the check-in):\n${lines.join('\n')}${more}`)];
}

export function promptMessage(content: PromptContent): SlackMessage {
  const name = escapeMrkdwn(content.coalitionName);
  const when = slackDate(content.cycleDate);
  const lead = content.late
    ? `Sorry this is late: here is your *${name}* check-in for ${when}.`
    : `Time for your *${name}* check-in for ${when}. It takes about two minutes.`;
  const blocks: Block[] = [
    section(lead),
    context(
      `Open until ${slackDateTime(content.closesAt, content.tz)}. Please keep details about a particular child out of it.`,
    ),
    ...openTasks(content),
    checkinActions(content.cycleId),
  ];
  return { text: escapeMrkdwn(`Your ${content.coalitionName} check-in for ${formatDate(content.cycleDate)}`), blocks };
}

export function reminderMessage(content: PromptContent): SlackMessage {
  const text = `A gentle reminder: your *${escapeMrkdwn(content.coalitionName)}* check-in for ${slackDate(content.cycleDate)} is open until ${slackDateTime(content.closesAt, content.tz)}.`;
  return {
    text: escapeMrkdwn(`Reminder: your ${content.coalitionName} check-in is still open`),
    blocks: [section(text), checkinActions(content.cycleId)],
  };
}

const STATUS_LINES = {
  answered: 'Thank you, you have checked in',
  skipped: 'No problem, you have skipped this one',
  away: 'You are marked as away for this one',
} as const;

export function promptAnsweredMessage(input: {
  cycleId: number;
  coalitionName: string;
  cycleDate: string;
  status: keyof typeof STATUS_LINES;
  late: boolean;
}): SlackMessage {
  const line = `✅ ${STATUS_LINES[input.status]} for *${escapeMrkdwn(input.coalitionName)}* (${slackDate(input.cycleDate)})${input.late ? ', after it closed: it is marked late' : ''}.`;
  const blocks: Block[] = [section(line)];
  if (input.status === 'answered' && !input.late) {
    blocks.push({
      type: 'actions',
      block_id: 'checkin_actions',
      elements: [button('Edit my answers', ACTIONS.openCheckin, String(input.cycleId))],
    });
    blocks.push(context('You can change your answers until the check-in closes.'));
  }
  return { text: `${STATUS_LINES[input.status]} (${formatDate(input.cycleDate)})`, blocks };
}
