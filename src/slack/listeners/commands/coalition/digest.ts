import { digestSummary } from '../../../blocks/digest-message.js';
import { section } from '../../../blocks/elements.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const digest: SubcommandHandler<'digest'> = async (context) => {
  const coalition = coalitionHere(context);
  if (context.intent.preview) {
    await context.reply(digestSummary(context.deps.digests.preview(coalition, context.command.user_id)));
    return;
  }
  const posted = await context.deps.digests.postNow(coalition, context.command.user_id);
  const text = posted
    ? 'Posted this cycle’s digest to the channel.'
    : 'This cycle’s digest has already been posted; late answers join its thread as they arrive.';
  await context.reply({ text, blocks: [section(text)] });
};

export const overdueNames: SubcommandHandler<'overdue-names'> = async (context) => {
  context.deps.digests.setOverdueNames(coalitionHere(context), context.command.user_id, context.intent.on);
  const text = context.intent.on
    ? 'Digests will now name the owners of overdue tasks.'
    : 'Digests will count overdue tasks without naming anyone.';
  await context.reply({ text, blocks: [section(text)] });
};
