import type { SetupResult } from '../../services/coalitions.js';
import { context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

export function setupMessage(result: SetupResult): SlackMessage {
  const name = escapeMrkdwn(result.coalition.name);
  const headline = result.created
    ? `*${name}* is set up in this channel, and you are its first coordinator. I have added ${result.rostered.length} people to the roster.`
    : `*${name}* was already set up here. I have refreshed the roster: ${result.rostered.length} people.`;
  return {
    text: headline,
    blocks: [
      section(headline),
      context(
        'Next: ask everyone to run `/coalition profile` to add their organisation and sector, and see the roster with `/coalition partners`.',
      ),
    ],
  };
}
