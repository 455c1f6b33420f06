import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ListenerDeps } from '../../deps.js';
import { publishHome } from './publish.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const blockerId = z.coerce.number().int().positive();

/** "I can help" beside an open blocker on a coordinator's Home: recorded and told in the digest's thread, as in the channel. */
export function createHomeOfferHelp(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    await deps.digests.offerHelp(blockerId.parse(action.value), body.user.id);
    await publishHome(deps, client, body.user.id);
  };
}
