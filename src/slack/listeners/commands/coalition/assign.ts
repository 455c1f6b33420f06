import { slackDate } from '../../../blocks/dates.js';
import { section } from '../../../blocks/elements.js';
import { taskLabel } from '../../../blocks/labels.js';
import { assignModal } from '../../../blocks/task-modals.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

export const assign: SubcommandHandler<'assign'> = async (context) => {
  const { intent, command, reply, client, deps } = context;
  const coalition = coalitionHere(context);
  const { request } = intent;
  if (request.modal) {
    deps.roster.requireCoordinator(coalition, command.user_id, 'assign tasks');
    await client.views.open({ trigger_id: command.trigger_id, view: assignModal({ coalitionId: coalition.id }) });
    return;
  }
  const { task, notify } = deps.tasks.assign({
    coalition,
    actorUserId: command.user_id,
    ownerUserId: request.ownerUserId,
    title: request.title,
    ...(request.due ? { due: request.due } : {}),
    ...(request.organisation ? { organisationName: request.organisation } : {}),
    ...(request.milestone !== undefined ? { milestoneNumber: request.milestone } : {}),
  });
  const notified = await notify();
  const dueText = task.dueDate ? `, due ${slackDate(task.dueDate)}` : '';
  const text = `Assigned ${taskLabel(task)} to <@${request.ownerUserId}>${dueText}.${notified ? ' I have sent them the details.' : ' Slack has not taken my message to them yet: I will keep trying, and tell the coordinators if it cannot get through.'}`;
  await reply({ text, blocks: [section(text)] });
};
