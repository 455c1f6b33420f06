import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { TaskStatus } from '../../../domain/tasks.js';
import type { ListenerDeps } from '../deps.js';
import { applyOrAsk, redrawTaskDm, taskDmOf } from './task-status-apply.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

// "42", or "42:confirmed" from a Done button that carried Block Kit's confirm dialog.
const buttonValue = z
  .string()
  .regex(/^\d+(:confirmed)?$/)
  .transform((value) => ({ taskId: Number(value.split(':')[0]), confirmed: value.endsWith(':confirmed') }));

/** Done, Start, Blocked… on a task message; a Done that would complete a milestone asks once more. */
export function createTaskStatusButton(deps: ListenerDeps, status: TaskStatus) {
  return async ({ ack, action, body, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const { taskId, confirmed } = buttonValue.parse(action.value);
    const dm = taskDmOf(body, action.block_id);
    // A Done that would reach a milestone posts a celebration: if the button had no confirm (drawn before this
    // was the last task), redraw it with one and ask again rather than celebrate unasked.
    if (status === 'done' && !confirmed && dm && deps.tasks.dmFor(taskId)?.completesMilestone) {
      await redrawTaskDm(deps, client, dm, taskId);
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'This is now the last task for its milestone. Press *Done* again to confirm and celebrate it.',
      });
      return;
    }
    await applyOrAsk(deps, { userId: body.user.id, taskId, status, triggerId: body.trigger_id, dm, client, respond });
  };
}
