import { profileModalFor } from '../../../blocks/profile-modal.js';
import type { SubcommandHandler } from './handler.js';

export const profile: SubcommandHandler<'profile'> = async ({ command, client, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  const profile = deps.roster.profileOf(coalition, command.user_id);
  await client.views.open({ trigger_id: command.trigger_id, view: profileModalFor(coalition, profile) });
};
