import { sectorLabel } from '../../../../domain/sectors.js';
import { escapeMrkdwn, section } from '../../../blocks/elements.js';
import type { SubcommandHandler } from './handler.js';

export const partner: SubcommandHandler<'partner'> = async ({ intent, command, reply, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  const { organisationName } = await deps.roster.assignPartner({
    coalition,
    actorUserId: command.user_id,
    targetUserId: intent.userId,
    organisationName: intent.organisation,
    sector: intent.sector,
  });
  const text = `Thanks: <@${intent.userId}> is now on the roster with *${escapeMrkdwn(organisationName)}* (${sectorLabel(intent.sector)}).`;
  await reply({ text, blocks: [section(text)] });
};
