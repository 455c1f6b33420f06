import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { friendlyNoteModal } from '../../../blocks/home-modals.js';
import type { ListenerDeps } from '../../deps.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

export const friendlyNoteValue = z
  .string()
  .regex(/^\d+:[UW][A-Z0-9]+$/)
  .transform((value) => ({ coalitionId: Number(value.split(':')[0]), partnerUserId: value.split(':')[1] ?? '' }));

/** "Send a friendly note" beside a quiet partner: the coordinator writes it themselves. */
export function createHomeFriendlyNote(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const target = deps.home.friendlyNoteTarget({
      ...friendlyNoteValue.parse(action.value),
      actorUserId: body.user.id,
    });
    await client.views.open({ trigger_id: body.trigger_id, view: friendlyNoteModal(target) });
  };
}
