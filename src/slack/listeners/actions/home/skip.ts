import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { cycleIdValue } from '../open-checkin.js';
import { publishHome } from './publish.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** "Skip this time" on the Home tab: skipped at once, and the Home shows it. */
export function createHomeSkip(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    await deps.checkins.skip({ userId: body.user.id, cycleId: cycleIdValue.parse(action.value) });
    await publishHome(deps, client, body.user.id);
  };
}
