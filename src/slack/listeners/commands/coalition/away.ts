import { slackDate } from '../../../blocks/dates.js';
import { section } from '../../../blocks/elements.js';
import type { SubcommandHandler } from './handler.js';

export const away: SubcommandHandler<'away'> = async ({ intent, command, reply, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  const { fromDate, toDate, followUp } = deps.checkins.away({
    coalition,
    userId: command.user_id,
    range: intent.range,
  });
  const text = `Got it: no check-ins for you from ${slackDate(fromDate)} to ${slackDate(toDate)}, and you will show as away, not missed. Enjoy the break.`;
  await reply({ text, blocks: [section(text)] });
  await followUp();
};
