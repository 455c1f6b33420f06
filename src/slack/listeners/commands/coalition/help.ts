import { helpMessage } from '../../../blocks/help-message.js';
import type { SubcommandHandler } from './handler.js';

export const help: SubcommandHandler<'help'> = async ({ reply }) => {
  await reply(helpMessage());
};
