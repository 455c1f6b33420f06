import type { App } from '@slack/bolt';
import { ListenerTable, routeActions, routeEvents, routeViews } from '../listener-table.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import type { ListenerDeps } from './deps.js';
import { registerEvents } from './events/index.js';
import { registerViews } from './views/index.js';

export type { ListenerDeps } from './deps.js';

/** What the app listens to, by id: the manifest must match it. */
export interface ListenedIds {
  actions: string[];
  views: string[];
  events: string[];
}

/**
 * Registers every listener: the slash command with Bolt, and actions, views and events each in a table behind one
 * Bolt listener (see ListenerTable). Factories only close over deps, so this can run with a recording fake app.
 */
export function registerListeners(app: App, deps: ListenerDeps): ListenedIds {
  const [actions, views, events] = [new ListenerTable(), new ListenerTable(), new ListenerTable()];
  registerCommands(app, deps);
  registerActions(actions, deps);
  registerViews(views, deps);
  registerEvents(events, deps);
  routeActions(app, actions);
  routeViews(app, views);
  routeEvents(app, events);
  return { actions: actions.ids(), views: views.ids(), events: events.ids() };
}
