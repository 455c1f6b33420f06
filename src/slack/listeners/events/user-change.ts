import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { toSlackProfile } from '../../directory.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'user_change'>;

/** Slack sends no event when daylight saving moves an offset, so only the IANA zone name is kept. */
export function createUserChange(deps: ListenerDeps) {
  return async ({ event, body }: Args): Promise<void> => {
    deps.roster.userChanged(toSlackProfile(event.user, body.team_id));
  };
}
