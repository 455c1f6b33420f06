import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { NOTE_REQUIRED, STATUS_LABELS, type TaskStatus, taskRef } from '../../../domain/tasks.js';
import { taskNoteModal } from '../../blocks/task-modals.js';
import type { ListenerDeps } from '../deps.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const taskId = z.coerce.number().int().positive();

/** A status that needs a note opens a small form (the trigger is only good for 3 s); others apply at once. */
export async function applyOrAsk(
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
