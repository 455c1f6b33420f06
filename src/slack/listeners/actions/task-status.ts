import type {
  AllMiddlewareArgs,
  BlockAction,
  BlockButtonAction,
  OverflowAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { z } from 'zod';
import { NOTE_REQUIRED, STATUS_LABELS, TASK_STATUSES, type TaskStatus, taskRef } from '../../../domain/tasks.js';
import { taskNoteModal } from '../../blocks/task-modals.js';
import type { ListenerDeps } from '../deps.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;
type MenuArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<OverflowAction>>;

const taskId = z.coerce.number().int().positive();
const menuValue = z.string().transform((value, ctx) => {
  const [id, status] = value.split(':');
  const parsed = { taskId: Number(id), status: status as TaskStatus };
  if (!Number.isInteger(parsed.taskId) || !TASK_STATUSES.includes(parsed.status))
    ctx.addIssue({ code: 'custom', message: 'bad task menu value' });
  return parsed;
});

/** A status that needs a note opens a small form (the trigger is only good for 3 s); others apply at once. */
async function applyOrAsk(
  deps: ListenerDeps,
  args: {
    userId: string;
    taskId: number;
    status: TaskStatus;
    triggerId: string;
    client: ButtonArgs['client'];
    respond: ButtonArgs['respond'];
  },
) {
  if (NOTE_REQUIRED.has(args.status)) {
    const task = deps.tasks.editable(args.taskId, args.userId);
    await args.client.views.open({
      trigger_id: args.triggerId,
      view: taskNoteModal({ taskId: task.id, ref: taskRef(task), title: task.title, status: args.status }),
    });
    return;
  }
  const { task, followUp } = deps.tasks.changeStatus({
    taskId: args.taskId,
    actorUserId: args.userId,
    status: args.status,
  });
  await args.respond({
    response_type: 'ephemeral',
    replace_original: false,
    text: `${taskRef(task)} is now ${STATUS_LABELS[task.status].toLowerCase()}.${task.status === 'done' ? ' Thank you!' : ''}`,
  });
  await followUp();
}

export function createTaskStatusButton(deps: ListenerDeps, status: TaskStatus) {
  return async ({ ack, action, body, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    await applyOrAsk(deps, {
      userId: body.user.id,
      taskId: taskId.parse(action.value),
      status,
      triggerId: body.trigger_id,
      client,
      respond,
    });
  };
}

export function createTaskDeclineButton(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const task = deps.tasks.editable(taskId.parse(action.value), body.user.id);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: taskNoteModal({ taskId: task.id, ref: taskRef(task), title: task.title, status: 'declined' }),
    });
  };
}

export function createTaskStatusMenu(deps: ListenerDeps) {
  return async ({ ack, action, body, client, respond }: MenuArgs): Promise<void> => {
    await ack();
    const choice = menuValue.parse(action.selected_option.value);
    await applyOrAsk(deps, { userId: body.user.id, ...choice, triggerId: body.trigger_id, client, respond });
  };
}
