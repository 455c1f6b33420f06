import { rosterMessage } from '../../../blocks/roster-message.js';
import type { SubcommandHandler } from './handler.js';

export const partners: SubcommandHandler<'partners'> = async ({ command, reply, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  await reply(rosterMessage(coalition.name, deps.roster.view(coalition)));
};
