import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { DomainError } from '../../../domain/errors.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const eraseValue = z.string().regex(/^\d+:[UW][A-Z0-9]+$/);

export function createConfirmErase(deps: ListenerDeps) {
  return async ({ ack, action, body, respond }: Args): Promise<void> => {
    await ack();
    const [coalitionId, userId] = eraseValue.parse(action.value).split(':');
    const coalition = deps.coalitions.byId(Number(coalitionId));
    if (!coalition || !userId) throw new DomainError('not_found', 'That coalition no longer exists.');
    deps.dataRights.erase(coalition, body.user.id, userId);
    await respond({
      replace_original: true,
      text: 'Done: that member’s data has been erased, and the audit log records it.',
    });
  };
}
