import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { DomainError } from '../../../../domain/errors.js';
import type { Coalition } from '../../../../domain/people.js';
import { digestPreviewModal } from '../../../blocks/home-modals.js';
import { scheduleModal } from '../../../blocks/schedule-modal.js';
import { assignModal } from '../../../blocks/task-modals.js';
import type { ListenerDeps } from '../../deps.js';
import { cycleIdValue as coalitionIdValue } from '../open-checkin.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;
type ViewFor = (
  deps: ListenerDeps,
  coalition: Coalition,
  userId: string,
) => Parameters<Args['client']['views']['open']>[0]['view'];

/** The coordinator's Home buttons: each opens the same form or view its `/coalition` command does. */
const VIEWS: Record<'assign' | 'schedule' | 'previewDigest', ViewFor> = {
  assign: (deps, coalition, userId) => {
    deps.roster.requireCoordinator(coalition, userId, 'assign tasks');
    return assignModal({ coalitionId: coalition.id });
  },
  schedule: (deps, coalition, userId) =>
    scheduleModal({ coalitionId: coalition.id, schedule: deps.schedules.forEditing(coalition, userId) }),
  previewDigest: (deps, coalition, userId) => digestPreviewModal(deps.digests.preview(coalition, userId)),
};

export function createHomeCoordinate(deps: ListenerDeps, what: keyof typeof VIEWS) {
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const coalition = deps.coalitions.byId(coalitionIdValue.parse(action.value));
    if (!coalition) throw new DomainError('not_found', 'That coalition no longer exists.');
    await client.views.open({ trigger_id: body.trigger_id, view: VIEWS[what](deps, coalition, body.user.id) });
  };
}
