import { DomainError } from '../../../../domain/errors.js';
import { setupMessage } from '../../../blocks/setup-message.js';
import type { SubcommandHandler } from './handler.js';

// Slack names DMs and private channels generically in command payloads; they make poor coalition names.
const GENERIC_CHANNEL_NAMES = new Set(['directmessage', 'privategroup', 'mpdm']);

export const setup: SubcommandHandler<'setup'> = async ({ intent, command, reply, deps }) => {
  if (command.channel_id.startsWith('D')) {
    throw new DomainError(
      'usage',
      'Setup binds a channel, so run it in the coalition’s channel rather than here.',
      'Example: `/coalition setup Northside Children’s Safety Coalition`',
    );
  }
  const fallbackName = GENERIC_CHANNEL_NAMES.has(command.channel_name) ? 'Our coalition' : `#${command.channel_name}`;
  const result = await deps.coalitions.setup({
    teamId: command.team_id,
    channelId: command.channel_id,
    name: intent.name ?? fallbackName,
    callerId: command.user_id,
  });
  await reply(setupMessage(result));
  if (!result.refused) await result.followUp();
};
