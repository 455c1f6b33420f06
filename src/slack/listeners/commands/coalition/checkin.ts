import { checkinModal } from '../../../blocks/checkin-modal.js';
import type { SubcommandHandler } from './handler.js';

export const checkin: SubcommandHandler<'checkin'> = async ({ command, client, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  const form = deps.checkins.form({ userId: command.user_id, coalition });
  await client.views.open({ trigger_id: command.trigger_id, view: checkinModal(form) });
};
