import { section } from '../../../blocks/elements.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const kudos: SubcommandHandler<'kudos'> = async (context) => {
  const { request } = context.intent;
  const coalition = coalitionHere(context);
  if (request.action === 'counts') {
    const counts = context.deps.kudos.counts(coalition, context.command.user_id);
    const lines = counts.map((row) => `• <@${row.userId}>: ${row.count}`);
    const text = `*Thank-yous received* (alphabetical; for coordinators only, never a ranking)\n${lines.join('\n') || 'None yet.'}`;
    await context.reply({ text, blocks: [section(text)] });
    return;
  }
  const posted = await context.deps.kudos.give(coalition, context.command.user_id, request.userId, request.reason);
  const text = posted
    ? `Posted your thank-you to <@${request.userId}> in the channel.`
    : `Your thank-you to <@${request.userId}> will be posted in the channel as soon as Slack lets me.`;
  await context.reply({ text, blocks: [section(text)] });
};
