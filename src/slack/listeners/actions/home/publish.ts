import type { webApi } from '@slack/bolt';
import { isDomainError } from '../../../../domain/errors.js';
import { errorMessage } from '../../../blocks/error-message.js';
import { noticeModal } from '../../../blocks/home-modals.js';
import { homeView } from '../../../blocks/home-view.js';
import type { ListenerDeps } from '../../deps.js';

/** Redraws a person's Home tab after they act on it, so it shows where things stand now. */
export async function publishHome(deps: ListenerDeps, client: webApi.WebClient, userId: string): Promise<void> {
  const data = deps.home.forUser(userId);
  const charts = await deps.insights.homeChartsFor(data.coordinating.map((view) => view.coalition));
  await client.views.publish({ user_id: userId, view: homeView(data, charts) });
}

/** Home has no message to answer: an expected refusal ("only coordinators can…") opens a small note instead. */
export function withFriendlyErrors<
  A extends { ack: () => Promise<void>; body: { trigger_id?: string }; client: webApi.WebClient },
>(handler: (args: A) => Promise<void>) {
  return async (args: A): Promise<void> => {
    try {
      await handler(args);
    } catch (error) {
      if (!isDomainError(error) || !args.body.trigger_id) throw error;
      await args.client.views.open({ trigger_id: args.body.trigger_id, view: noticeModal(errorMessage(error)) });
    }
  };
}
