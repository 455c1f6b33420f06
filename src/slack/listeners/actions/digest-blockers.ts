import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const blockerId = z.coerce.number().int().positive();

/** "I can help" on a digest blocker: recorded, and the blocker's author is told in the thread. */
export function createOfferHelp(deps: ListenerDeps) {
  return async ({ ack, action, body, respond }: Args): Promise<void> => {
    await ack();
    await deps.digests.offerHelp(blockerId.parse(action.value), body.user.id);
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Thank you! I have told them in the digest’s thread that you can help.',
    });
  };
}

export function createResolveBlocker(deps: ListenerDeps) {
  return async ({ ack, action, body, respond }: Args): Promise<void> => {
    await ack();
    deps.digests.resolveBlocker(blockerId.parse(action.value), body.user.id);
    await respond({ response_type: 'ephemeral', replace_original: false, text: 'Marked resolved. Glad it is sorted.' });
  };
}
