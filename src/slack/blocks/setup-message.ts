import type { Coalition } from '../../domain/people.js';
import type { SetupResult } from '../../services/coalitions.js';
import { ACTIONS } from '../ids.js';
import { button, context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

const mentions = (userIds: string[]) => userIds.map((id) => `<@${id}>`).join(', ') || 'its coordinators';

/** The answer to `/coalition setup`, only for the person who ran it. */
export function setupMessage(result: SetupResult): SlackMessage {
  const name = escapeMrkdwn(result.coalition.name);
  if (result.refused) {
    const headline = `This channel is already the home of *${name}*, run by ${mentions(result.coordinatorIds)} in the workspace that set it up. I have changed nothing.`;
    return {
      text: headline,
      blocks: [
        section(headline),
        context(
          'You can still take part from here: ask one of them to add you with `/coalition partner @you org:"Your Organisation" sector:health`.',
        ),
      ],
    };
  }
  const headline = result.created
    ? `*${name}* is set up in this channel, and you are its first coordinator. I have added ${result.rostered.length} people to the roster and said hello to them.`
    : `*${name}* was already set up here. I have refreshed the roster: ${result.rostered.length} people.`;
  return {
    text: headline,
    blocks: [
      section(headline),
      context(
        'Next: set when check-ins go out with `/coalition schedule`, and see the roster with `/coalition partners`.',
      ),
    ],
  };
}

/** Posted once in the channel when it becomes a coalition's home: what happens here, privacy, who to ask. */
export function welcomeMessage(coalition: Coalition, coordinatorIds: string[]): SlackMessage {
  const name = escapeMrkdwn(coalition.name);
  const intro = `:wave: Hello! This channel is now home to *${name}*. I am Coalition Check-ins, here to help everyone working on children’s safety pull in the same direction.`;
  const what =
    '*What I do:* a short check-in by DM at your own local time, one calm digest here with the details in its thread, shared tasks and goals, and a thank-you when a milestone is reached.';
  const privacy =
    '*Privacy:* this channel is no place for details about a particular child or family. I check what is written here and in check-ins, and point to the right route for a concern. Private notes go to coordinators only.';
  const who = `*Who coordinates:* ${mentions(coordinatorIds)}. Type \`/coalition help\` to see what you can do.`;
  return {
    text: `${coalition.name} is set up in this channel.`,
    blocks: [section(intro), section(what), section(privacy), section(who)],
  };
}

/** A DM to each partner rostered at setup, so the first thing they hear is not a prompt. */
export function partnerGreetingMessage(coalition: Coalition, coordinatorIds: string[]): SlackMessage {
  const name = escapeMrkdwn(coalition.name);
  const hello = `Hello! You are on the roster of *${name}*. Every so often I will send you a short check-in here, at your local time; it takes a couple of minutes.`;
  return {
    text: `You are on the roster of ${coalition.name}.`,
    blocks: [
      section(hello),
      {
        type: 'actions',
        elements: [button('Fill in my profile', ACTIONS.openProfile, String(coalition.id), 'primary')],
      },
      context(
        `Your profile says which organisation and sector you bring, so the coalition can see who is at the table. Questions? Ask ${mentions(coordinatorIds)}.`,
      ),
    ],
  };
}
