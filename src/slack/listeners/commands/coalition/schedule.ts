import { scheduleMessage } from '../../../blocks/schedule-message.js';
import { scheduleModal } from '../../../blocks/schedule-modal.js';
import type { SubcommandHandler } from './handler.js';

export const schedule: SubcommandHandler<'schedule'> = async ({ intent, command, reply, client, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  const { request } = intent;
  if (request.action === 'modal') {
    const editable = deps.schedules.forEditing(coalition, command.user_id);
    await client.views.open({
      trigger_id: command.trigger_id,
      view: scheduleModal({ coalitionId: coalition.id, schedule: editable }),
    });
    return;
  }
  const summary =
    request.action === 'set'
      ? deps.schedules.set(coalition, command.user_id, request.changes)
      : request.action === 'pause' || request.action === 'resume'
        ? deps.schedules.setPaused(coalition, command.user_id, request.action === 'pause')
        : deps.schedules.show(coalition);
  await reply(scheduleMessage(summary));
};
