import type { Goal, Milestone } from '../../domain/goals.js';
import { goalRef, milestoneRef } from '../../domain/goals.js';
import { formatDate, slackDate } from './dates.js';
import { context, type SlackMessage, section } from './elements.js';
import { escapeMrkdwn } from './escape.js';

const credit = (userId: string, organisation: string | null) =>
  `<@${userId}>${organisation ? ` (${escapeMrkdwn(organisation)})` : ''}`;

export function milestoneMessage(input: {
  ref: string;
  title: string;
  goal: string;
  contributors: Array<{ userId: string; organisation: string | null }>;
}): SlackMessage {
  const thanks =
    input.contributors.length > 0
      ? `Thank you to ${input.contributors.map((person) => credit(person.userId, person.organisation)).join(', ')}.`
      : 'Thank you to everyone who made it happen.';
  const meaning = input.goal
    ? `For children here, it means we are a real step closer to: _${escapeMrkdwn(input.goal)}_.`
    : '';
  const text = `🎉 *Milestone reached: ${escapeMrkdwn(input.title)}* (${input.ref})\n${thanks} ${meaning}`;
  return {
    text: escapeMrkdwn(`Milestone reached: ${input.ref} · ${input.title}`),
    blocks: [section(text), context('Add a reaction to celebrate.')],
  };
}

export function kudosMessage(input: {
  fromUserId: string;
  toUserId: string;
  organisation: string | null;
  whatTheyBring: string | null;
  reason: string;
}): SlackMessage {
  const brings = input.whatTheyBring ? `, who brings ${escapeMrkdwn(input.whatTheyBring)}` : '';
  const text = `🙌 Thank you ${credit(input.toUserId, input.organisation)}${brings}, for ${escapeMrkdwn(input.reason)}! — from <@${input.fromUserId}>`;
  return { text: 'A thank-you for a coalition partner', blocks: [section(text)] };
}

export function winMessage(input: { userId: string; organisation: string | null; text: string }): SlackMessage {
  const text = `🎉 A win from ${credit(input.userId, input.organisation)}: ${escapeMrkdwn(input.text)}`;
  return {
    text: 'A win shared from a check-in',
    blocks: [section(text), context('Shared by its author from their check-in.')],
  };
}

export function goalsMessage(
  overview: Array<{ goal: Goal; milestones: Array<Milestone & { current: number }> }>,
): SlackMessage {
  if (overview.length === 0) {
    const text =
      'No shared goals yet. A coordinator can add one: `/coalition goal add "Every school has a named safeguarding lead"`.';
    return { text, blocks: [section(text)] };
  }
  const blocks = overview.slice(0, 45).map(({ goal, milestones }) => {
    const lines = milestones.map((milestone) => {
      const state = milestone.status === 'reached' ? '🏁 reached' : `${milestone.current} of ${milestone.target}`;
      return `• *${milestoneRef(milestone)}* ${escapeMrkdwn(milestone.title)}: ${state}${milestone.dueDate ? ` · by ${slackDate(milestone.dueDate)}` : ''}`;
    });
    return section(`*${goalRef(goal)} · ${escapeMrkdwn(goal.title)}*\n${lines.join('\n') || '_No milestones yet._'}`);
  });
  return { text: 'The coalition’s goals', blocks };
}

/** Private notes by DM to a coordinator; long sets are split across sections rather than cut. */
export function privateNotesMessage(input: {
  cycleDate: string;
  notes: Array<{ userId: string; question: string; text: string }>;
}): SlackMessage {
  const sections: string[] = [`*Private notes to coordinators* (check-in of ${slackDate(input.cycleDate)})`];
  for (const note of input.notes) {
    const line = `• <@${note.userId}>: ${escapeMrkdwn(note.text).slice(0, 2700)}`;
    const last = sections.length - 1;
    if ((sections[last] ?? '').length + line.length + 1 > 2900) sections.push(line);
    else sections[last] = `${sections[last]}\n${line}`;
  }
  return {
    text: `Private notes from the check-in of ${formatDate(input.cycleDate)}`,
    blocks: [
      ...sections.slice(0, 45).map((text) => section(text)),
      context('Only coordinators receive these. They never appear in the channel.'),
    ],
  };
}
