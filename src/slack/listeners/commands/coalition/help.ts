import { isDomainError } from '../../../../domain/errors.js';
import { helpMessage } from '../../../blocks/help-message.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

/** Help shaped to the reader: their role in the coalition here (or their only one) decides what comes first. */
export const help: SubcommandHandler<'help'> = async (context) => {
  let role: Parameters<typeof helpMessage>[0] = 'newcomer';
  try {
    const coalition = coalitionHere(context);
    role = context.deps.roster.roleOf(coalition, context.command.user_id) ?? 'newcomer';
  } catch (error) {
    if (!isDomainError(error)) throw error;
  }
  await context.reply(helpMessage(role));
};
