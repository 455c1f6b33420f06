import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'reaction_added' | 'reaction_removed'>;

const reactionOnMessage = z.object({
  user: z.string(),
  reaction: z.string(),
  item: z.object({ type: z.literal('message'), channel: z.string(), ts: z.string() }),
});

/** Reactions on our celebration and kudos messages count who celebrated; reactions elsewhere are ignored. */
export function createReactionChanged(deps: ListenerDeps, added: boolean) {
  return async ({ event }: Args): Promise<void> => {
    const parsed = reactionOnMessage.safeParse(event);
    if (!parsed.success) return;
    const { user, reaction, item } = parsed.data;
    deps.kudos.reaction({ channelId: item.channel, ts: item.ts, userId: user, reaction, added });
  };
}
