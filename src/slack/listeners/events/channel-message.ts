import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

// Plain messages from people only: edits, joins, bot posts and other subtypes are not what the watch is for.
const personMessage = z.object({
  subtype: z.undefined().optional(),
  user: z.string(),
  text: z.string(),
  ts: z.string(),
  channel: z.string(),
});

export function createChannelMessage(deps: ListenerDeps) {
  return async ({ event, body }: Args): Promise<void> => {
    const message = personMessage.safeParse(event);
    if (!message.success) return;
    await deps.channelWatch.inspect({
      teamId: body.team_id,
      channelId: message.data.channel,
      userId: message.data.user,
      text: message.data.text,
      ts: message.data.ts,
    });
  };
}
