import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

// A person's new message, or their edit of one (an edit can add a detail the original did not have).
// Joins, bot posts and other subtypes are not what the watch is for.
const posted = z.object({
  subtype: z.undefined().optional(),
  user: z.string(),
  text: z.string(),
  ts: z.string(),
  channel: z.string(),
});
const edited = z.object({
  subtype: z.literal('message_changed'),
  channel: z.string(),
  message: z.object({ user: z.string(), text: z.string(), ts: z.string(), bot_id: z.undefined().optional() }),
});

export function createChannelMessage(deps: ListenerDeps) {
  return async ({ event, body }: Args): Promise<void> => {
    const fresh = posted.safeParse(event);
    const change = fresh.success ? undefined : edited.safeParse(event);
    const message = fresh.success
      ? fresh.data
      : change?.success
        ? { ...change.data.message, channel: change.data.channel }
        : undefined;
    if (!message) return;
    await deps.channelWatch.inspect({
      teamId: body.team_id,
      channelId: message.channel,
      userId: message.user,
      text: message.text,
      ts: message.ts,
    });
  };
}
