import { section } from '../../../blocks/elements.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const watch: SubcommandHandler<'watch'> = async (context) => {
  const coalition = coalitionHere(context);
  context.deps.channelWatch.setWatch(coalition, context.command.user_id, context.intent.on);
  const text = context.intent.on
    ? 'Channel watch is on: if a message here seems to include details that identify a child, I will ask its poster to edit it and tell the coordinators, without copying it.'
    : 'Channel watch is off for this channel. Turn it back on any time with `/coalition watch on`.';
  await context.reply({ text, blocks: [section(text)] });
};
