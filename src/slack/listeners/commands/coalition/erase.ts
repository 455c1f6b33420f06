import { eraseConfirmMessage } from '../../../blocks/privacy-messages.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const erase: SubcommandHandler<'erase'> = async (context) => {
  const coalition = coalitionHere(context);
  const { displayName } = context.deps.dataRights.prepareErase(
    coalition,
    context.command.user_id,
    context.intent.userId,
  );
  await context.reply(eraseConfirmMessage({ coalitionId: coalition.id, userId: context.intent.userId, displayName }));
};
