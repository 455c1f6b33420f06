import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { AWAY_BLOCKS } from '../../ids.js';
import { awayMetadata, readAwayUntil, readMetadata } from '../../parse/checkin-view.js';
import { publishHome } from '../actions/home/publish.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function createAwaySubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const metadata = readMetadata(awayMetadata, view.private_metadata);
    const until = readAwayUntil(view.state.values);
    const coalition = metadata && deps.coalitions.byId(metadata.coalitionId);
    if (!metadata || !until || !coalition) {
      await ack({
        response_action: 'errors',
        errors: { [AWAY_BLOCKS.until.block]: 'Please pick the last day you will be away.' },
      });
      return;
    }
    let followUp: () => Promise<void>;
    try {
      ({ followUp } = deps.checkins.away({ coalition, userId: body.user.id, range: `${metadata.from}..${until}` }));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await ack({ response_action: 'errors', errors: { [AWAY_BLOCKS.until.block]: error.message } });
      return;
    }
    await ack(); // Slack closes the form now; the prompt's "away" update follows.
    await followUp();
    if (metadata.fromHome) await publishHome(deps, client, body.user.id);
  };
}
