import { openProfileForm } from '../../actions/open-profile.js';
import type { SubcommandHandler } from './handler.js';

export const profile: SubcommandHandler<'profile'> = async ({ command, client, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  await openProfileForm(deps, client, { coalition, userId: command.user_id, triggerId: command.trigger_id });
};
