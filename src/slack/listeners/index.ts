import type { App } from '@slack/bolt';
import { ListenerTable, routeRequests } from '../listener-table.js';
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
 * Registers every listener in a table by kind, and one global middleware that routes each request to its listener
 * (see routeRequests); it must come after the other global middleware, so wireSlackApp registers it last. Factories
 * only close over deps, so this can run with a recording fake app.
 */
export function registerListeners(app: App, deps: ListenerDeps): ListenedIds {
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
  routeRequests(app, tables);
  return {
    commands: tables.commands.ids(),
    actions: tables.actions.ids(),
    views: tables.views.ids(),
    events: tables.events.ids(),
  };
}
