import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { awayModal } from '../../blocks/away-modal.js';
import type { ListenerDeps } from '../deps.js';
import { cycleIdValue } from './open-checkin.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

export function createOpenAway(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const form = deps.checkins.form({ userId: body.user.id, cycleId: cycleIdValue.parse(action.value) });
    await client.views.open({
      trigger_id: body.trigger_id,
      view: awayModal({
        coalitionId: form.cycle.coalitionId,
        today: form.cycle.cycleDate,
        fromHome: body.container?.type === 'view',
      }),
    });
  };
}
