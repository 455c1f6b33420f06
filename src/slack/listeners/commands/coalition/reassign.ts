import { section } from '../../../blocks/elements.js';
import { taskLabel } from '../../../blocks/labels.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const reassign: SubcommandHandler<'reassign'> = async (context) => {
  const { intent, command, reply, deps } = context;
  const { task: updated, notify } = deps.tasks.reassign({
    coalition: coalitionHere(context),
    actorUserId: command.user_id,
    number: intent.number,
    ownerUserId: intent.userId,
  });
  const notified = await notify();
  const text = `${taskLabel(updated)} now belongs to <@${intent.userId}>${notified ? '; I have let them know' : '. Slack has not taken my message to them yet: I will keep trying, and tell the coordinators if it cannot get through'}.`;
  await reply({ text, blocks: [section(text)] });
};
