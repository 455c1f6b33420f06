import type { AllMiddlewareArgs, BlockAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { TASK_STATUSES, type TaskStatus } from '../../../domain/tasks.js';
import type { ListenerDeps } from '../deps.js';
import { applyOrAsk } from './task-status-apply.js';

type MenuArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<OverflowAction>>;

const menuValue = z.string().transform((value, ctx) => {
  const [id, status] = value.split(':');
  const parsed = { taskId: Number(id), status: status as TaskStatus };
  if (!Number.isInteger(parsed.taskId) || !TASK_STATUSES.includes(parsed.status))
    ctx.addIssue({ code: 'custom', message: 'bad task menu value' });
  return parsed;
});

/** The update menu on each task in a list. */
export function createTaskStatusMenu(deps: ListenerDeps) {
  return async ({ ack, action, body, client, respond }: MenuArgs): Promise<void> => {
    await ack();
    const choice = menuValue.parse(action.selected_option.value);
    await applyOrAsk(deps, {
      userId: body.user.id,
      ...choice,
      triggerId: body.trigger_id,
      dm: undefined,
      client,
      respond,
    });
  };
}
