import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'member_left_channel'>;

export function createMemberLeft(deps: ListenerDeps) {
  return async ({ event }: Args): Promise<void> => {
    deps.roster.memberLeft(event.channel, event.user);
  };
}
