import type { AllMiddlewareArgs, BlockAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { TASK_STATUSES, type TaskStatus } from '../../../domain/tasks.js';
import { milestoneDoneQuestion } from '../../blocks/task-messages.js';
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

/** The update menu on each task in a list; Done on a milestone's last task asks first. */
export function createTaskStatusMenu(deps: ListenerDeps) {
  return async ({ ack, action, body, client, respond }: MenuArgs): Promise<void> => {
    await ack();
    const choice = menuValue.parse(action.selected_option.value);
    // Done on a milestone's last task celebrates in the channel; the DM's button confirms that, a menu cannot.
    const completing = choice.status === 'done' ? deps.tasks.dmFor(choice.taskId) : undefined;
    if (completing?.completesMilestone) {
      deps.tasks.editable(choice.taskId, body.user.id);
      await respond({ response_type: 'ephemeral', replace_original: false, ...milestoneDoneQuestion(completing) });
      return;
    }
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
