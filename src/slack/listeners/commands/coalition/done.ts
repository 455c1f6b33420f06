import { STATUS_LABELS } from '../../../../domain/tasks.js';
import { section } from '../../../blocks/elements.js';
import { taskLabel } from '../../../blocks/labels.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const done: SubcommandHandler<'done'> = async (context) => {
  const { intent, command, reply, deps } = context;
  const target = deps.tasks.numbered(coalitionHere(context), intent.number);
  const { task: updated, followUp } = deps.tasks.changeStatus({
    taskId: target.id,
    actorUserId: command.user_id,
    status: 'done',
  });
  const text = `${taskLabel(updated)} is ${STATUS_LABELS[updated.status].toLowerCase()}. Thank you!`;
  await reply({ text, blocks: [section(text)] });
  await followUp();
};
