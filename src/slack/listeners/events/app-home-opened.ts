import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeView } from '../../blocks/home-view.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

export function createAppHomeOpened(deps: ListenerDeps) {
  return async ({ event, client }: Args): Promise<void> => {
    // The same event fires for the Messages tab; only the Home tab has a view to publish.
    if (event.tab !== 'home') return;
    const data = deps.home.forUser(event.user);
    const charts = await deps.insights.homeChartsFor(data.coordinating.map((view) => view.coalition));
    await client.views.publish({ user_id: event.user, view: homeView(data, charts) });
  };
}
