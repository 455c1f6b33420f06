import { taskDetailMessage, taskListMessage } from '../../../blocks/task-messages.js';
import { coalitionHere, type SubcommandHandler } from './handler.js';

const LIST_TITLES = { mine: 'Your open tasks', all: 'All open tasks', overdue: 'Overdue tasks' } as const;

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
