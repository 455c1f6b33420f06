import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { DomainError } from '../../../../domain/errors.js';
import { profileModalFor } from '../../../blocks/profile-modal.js';
import type { ListenerDeps } from '../../deps.js';
import { cycleIdValue as coalitionIdValue } from '../open-checkin.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

export function createHomeEditProfile(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const coalition = deps.coalitions.byId(coalitionIdValue.parse(action.value));
    if (!coalition) throw new DomainError('not_found', 'That coalition no longer exists.');
    const profile = deps.roster.profileOf(coalition, body.user.id);
    await client.views.open({ trigger_id: body.trigger_id, view: profileModalFor(coalition, profile) });
  };
}
