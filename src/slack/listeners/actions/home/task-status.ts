import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs, StaticSelectAction } from '@slack/bolt';
import { z } from 'zod';
import { TASK_STATUSES } from '../../../../domain/tasks.js';
import type { ListenerDeps } from '../../deps.js';
import { applyOrAsk } from '../task-status-apply.js';
import { publishHome } from './publish.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>>;

const choice = z
  .string()
  .regex(/^\d+:[a-z_]+$/)
  .transform((value) => ({ taskId: Number(value.split(':')[0]), status: value.split(':')[1] }))
  .pipe(z.object({ taskId: z.number().int().positive(), status: z.enum(TASK_STATUSES) }));

/** A task's status menu on the Home tab; statuses that need a note ask for it first. */
export function createHomeTaskStatus(deps: ListenerDeps) {
  return async ({ ack, action, body, client, respond }: Args): Promise<void> => {
    await ack();
    const { taskId, status } = choice.parse(action.selected_option.value);
    await applyOrAsk(deps, {
      userId: body.user.id,
      taskId,
      status,
      triggerId: body.trigger_id,
      dm: undefined,
      client,
      respond,
      refresh: () => publishHome(deps, client, body.user.id),
    });
  };
}
