import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { taskRef } from '../../../domain/tasks.js';
import { taskNoteModal } from '../../blocks/task-modals.js';
import type { ListenerDeps } from '../deps.js';
import { taskDmOf } from './task-status-apply.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const taskId = z.coerce.number().int().positive();

/** "Can't take this on": asks why first; the reason goes to the coordinator who assigned it. */
export function createTaskDeclineButton(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const task = deps.tasks.editable(taskId.parse(action.value), body.user.id);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: taskNoteModal({
        taskId: task.id,
        ref: taskRef(task),
        title: task.title,
        status: 'declined',
        dm: taskDmOf(body, action.block_id),
      }),
    });
  };
}
