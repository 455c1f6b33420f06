import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { cycleIdValue } from './open-checkin.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

export function createSkipCheckin(deps: ListenerDeps) {
  return async ({ ack, action, body }: Args): Promise<void> => {
    await ack();
    await deps.checkins.skip({ userId: body.user.id, cycleId: cycleIdValue.parse(action.value) });
  };
}
