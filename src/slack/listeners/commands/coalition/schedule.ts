import { scheduleMessage } from '../../../blocks/schedule-message.js';
import type { SubcommandHandler } from './handler.js';

export const schedule: SubcommandHandler<'schedule'> = async ({ intent, command, reply, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  const { request } = intent;
  const summary =
    request.action === 'set'
      ? deps.schedules.set(coalition, command.user_id, request.changes)
      : request.action === 'pause' || request.action === 'resume'
        ? deps.schedules.setPaused(coalition, command.user_id, request.action === 'pause')
        : deps.schedules.show(coalition);
  await reply(scheduleMessage(summary));
};
