import { section } from '../../../blocks/elements.js';
import type { SubcommandHandler } from './handler.js';

const ROLE_MEANING = {
  coordinator: 'can run the coalition: roster, roles, schedules and tasks',
  partner: 'gets check-ins and can own tasks',
  observer: 'sees digests and celebrations, without check-ins',
} as const;

export const role: SubcommandHandler<'role'> = async ({ intent, command, reply, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  deps.roster.setRole({ coalition, actorUserId: command.user_id, targetUserId: intent.userId, role: intent.role });
  const text = `Done: <@${intent.userId}> is now a ${intent.role}, and ${ROLE_MEANING[intent.role]}.`;
  await reply({ text, blocks: [section(text)] });
};
