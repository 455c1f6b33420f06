import { questionsMessage } from '../../../blocks/questions-message.js';
import type { SubcommandHandler } from './handler.js';

export const questions: SubcommandHandler<'questions'> = async ({ command, reply, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  await reply(questionsMessage(deps.questionSet.list(coalition)));
};

export const question: SubcommandHandler<'question'> = async ({ intent, command, reply, deps }) => {
  const coalition = deps.coalitions.resolve({
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
  });
  await reply(questionsMessage(deps.questionSet.edit(coalition, command.user_id, intent.edit)));
};
