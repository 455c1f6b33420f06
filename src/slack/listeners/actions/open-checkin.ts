import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { checkinModal } from '../../blocks/checkin-modal.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

export const cycleIdValue = z.coerce.number().int().positive();

/** The prompt's "Check in" button: the modal must open within Slack's 3 s trigger window, so no Slack calls first. */
export function createOpenCheckin(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const form = deps.checkins.form({ userId: body.user.id, cycleId: cycleIdValue.parse(action.value) });
    const fromHome = body.container?.type === 'view';
    await client.views.open({ trigger_id: body.trigger_id, view: checkinModal({ ...form, fromHome }) });
  };
}
