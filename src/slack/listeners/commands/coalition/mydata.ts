import { section } from '../../../blocks/elements.js';
import type { SubcommandHandler } from './handler.js';

export const mydata: SubcommandHandler<'mydata'> = async (context) => {
  const { command, deps } = context;
  await deps.dataRights.sendExport({
    teamId: command.team_id,
    coalition: deps.coalitions.find(command),
    userId: command.user_id,
  });
  const text = 'I have sent you a file with everything I store about you, in our direct messages.';
  await context.reply({ text, blocks: [section(text)] });
};
