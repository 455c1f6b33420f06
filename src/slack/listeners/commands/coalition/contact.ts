import { section } from '../../../blocks/elements.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

/** Published work contacts the privacy scan leaves alone, and the concern card's local number. */
export const contact: SubcommandHandler<'contact'> = async (context) => {
  const { intent, command, deps } = context;
  const coalition = coalitionHere(context);
  if (intent.concernCard) {
    const updated = deps.coalitions.setConcernContact(coalition, command.user_id, intent.add ? intent.value : null);
    const text = updated.concernContact
      ? `The concern card now gives ${updated.concernContact} for partners without a safeguarding lead of their own.`
      : 'The concern card no longer gives a local number; it points to the council’s children’s services instead.';
    await context.reply({ text, blocks: [section(text)] });
    return;
  }
  deps.roster.requireCoordinator(coalition, command.user_id, 'change the published contacts');
  const contacts = deps.privacy.setPublishedContact(coalition, command.user_id, intent.value, intent.add);
  const text = `Published contacts the privacy scan will not flag: ${contacts.join(', ') || 'none'}.`;
  await context.reply({ text, blocks: [section(text)] });
};
