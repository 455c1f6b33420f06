import { section } from '../../../blocks/elements.js';
import { auditMessage, eraseConfirmMessage } from '../../../blocks/privacy-messages.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const watch: SubcommandHandler<'watch'> = async (context) => {
  const coalition = coalitionHere(context);
  context.deps.channelWatch.setWatch(coalition, context.command.user_id, context.intent.on);
  const text = context.intent.on
    ? 'Channel watch is on: if a message here seems to include details that identify a child, I will ask its poster to edit it and tell the coordinators, without copying it.'
    : 'Channel watch is off for this channel. Turn it back on any time with `/coalition watch on`.';
  await context.reply({ text, blocks: [section(text)] });
};

export const audit: SubcommandHandler<'audit'> = async (context) => {
  const coalition = coalitionHere(context);
  context.deps.roster.requireCoordinator(coalition, context.command.user_id, 'see the audit log');
  await context.reply(auditMessage(context.deps.audit.recent(coalition)));
};

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

export const erase: SubcommandHandler<'erase'> = async (context) => {
  const coalition = coalitionHere(context);
  const { displayName } = context.deps.dataRights.prepareErase(
    coalition,
    context.command.user_id,
    context.intent.userId,
  );
  await context.reply(eraseConfirmMessage({ coalitionId: coalition.id, userId: context.intent.userId, displayName }));
};

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
