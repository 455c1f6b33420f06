import { ListenerTable, routeRequests } from '../listener-table.js';
import type { Step } from '../middleware/steps.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import type { ListenerDeps } from './deps.js';
import { registerEvents } from './events/index.js';
import { registerViews } from './views/index.js';

export type { ListenerDeps } from './deps.js';

/** What the app listens to, by id: the manifest must match it. */
export interface ListenedIds {
  commands: string[];
  actions: string[];
  views: string[];
  events: string[];
}

/**
 * Every listener in a table by kind, the middleware step that routes each request to its listener (see
 * routeRequests; wireSlackApp runs it last), and the ids listened to. Factories only close over deps.
 */
export function createListeners(deps: ListenerDeps): { ids: ListenedIds; route: Step } {
  const tables = {
    commands: new ListenerTable(),
    actions: new ListenerTable(),
    views: new ListenerTable(),
    events: new ListenerTable(),
  };
  registerCommands(tables.commands, deps);
  registerActions(tables.actions, deps);
  registerViews(tables.views, deps);
  registerEvents(tables.events, deps);
  return {
    ids: {
      commands: tables.commands.ids(),
      actions: tables.actions.ids(),
      views: tables.views.ids(),
      events: tables.events.ids(),
    },
    route: routeRequests(tables),
  };
}
