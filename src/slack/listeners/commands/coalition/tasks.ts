import { STATUS_LABELS, taskRef } from '../../../../domain/tasks.js';
import { escapeMrkdwn, section } from '../../../blocks/elements.js';
import { taskDetailMessage, taskListMessage } from '../../../blocks/task-messages.js';
import { assignModal } from '../../../blocks/task-modals.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

const LIST_TITLES = { mine: 'Your open tasks', all: 'All open tasks', overdue: 'Overdue tasks' } as const;

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
  const dueText = task.dueDate ? `, due ${task.dueDate}` : '';
  const text = `Assigned *${taskRef(task)} · ${escapeMrkdwn(task.title)}* to <@${request.ownerUserId}>${dueText}.${notified ? ' I have sent them the details.' : ' I could not message them, so please let them know.'}`;
  await reply({ text, blocks: [section(text)] });
};

export const tasks: SubcommandHandler<'tasks'> = async (context) => {
  const { intent, command, reply, deps } = context;
  const { filter } = intent;
  const views = deps.tasks.list(coalitionHere(context), command.user_id, filter);
  const title =
    filter.kind === 'owner'
      ? `Open tasks for <@${filter.userId}>`
      : filter.kind === 'sector'
        ? `Open tasks in ${filter.sector.replace(/_/g, ' ')}`
        : LIST_TITLES[filter.kind];
  await reply(taskListMessage(title, views));
};

export const task: SubcommandHandler<'task'> = async (context) => {
  const { view, history } = context.deps.tasks.detail(coalitionHere(context), context.intent.number);
  await context.reply(taskDetailMessage(view, history));
};

export const done: SubcommandHandler<'done'> = async (context) => {
  const { intent, command, reply, deps } = context;
  const target = deps.tasks.numbered(coalitionHere(context), intent.number);
  const { task: updated, followUp } = deps.tasks.changeStatus({
    taskId: target.id,
    actorUserId: command.user_id,
    status: 'done',
  });
  const text = `${taskRef(updated)} is ${STATUS_LABELS[updated.status].toLowerCase()}. Thank you!`;
  await reply({ text, blocks: [section(text)] });
  await followUp();
};

export const reassign: SubcommandHandler<'reassign'> = async (context) => {
  const { intent, command, reply, deps } = context;
  const { task: updated, notify } = deps.tasks.reassign({
    coalition: coalitionHere(context),
    actorUserId: command.user_id,
    number: intent.number,
    ownerUserId: intent.userId,
  });
  const notified = await notify();
  const text = `${taskRef(updated)} now belongs to <@${intent.userId}>${notified ? '; I have let them know' : ', but I could not message them, so please let them know'}.`;
  await reply({ text, blocks: [section(text)] });
};
