import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'member_joined_channel'>;

export function createMemberJoined(deps: ListenerDeps) {
  return async ({ event }: Args): Promise<void> => {
    await deps.roster.memberJoined(event.channel, event.user);
  };
}
