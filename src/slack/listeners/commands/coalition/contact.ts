import { section } from '../../../blocks/elements.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const contact: SubcommandHandler<'contact'> = async (context) => {
  const coalition = coalitionHere(context);
  context.deps.roster.requireCoordinator(coalition, context.command.user_id, 'change the published contacts');
  const contacts = context.deps.privacy.setPublishedContact(
    coalition,
    context.command.user_id,
    context.intent.value,
    context.intent.add,
  );
  const text = `Published contacts the privacy scan will not flag: ${contacts.join(', ') || 'none'}.`;
  await context.reply({ text, blocks: [section(text)] });
};
