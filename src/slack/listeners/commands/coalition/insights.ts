import { insightsSentMessage } from '../../../blocks/insights-messages.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const insights: SubcommandHandler<'insights'> = async (context) => {
  const coalition = coalitionHere(context);
  const sent = await context.deps.insights.sendByDm({
    coalition,
    userId: context.command.user_id,
    ...(context.intent.period ? { period: context.intent.period } : {}),
  });
  await context.reply(insightsSentMessage(sent));
};
