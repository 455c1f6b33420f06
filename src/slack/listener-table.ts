import type {
  AllMiddlewareArgs,
  App,
  SlackActionMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';

// A listener of any one kind; each file types its own arguments (a button, a menu, one event).
// biome-ignore lint/suspicious/noExplicitAny: the table stores listeners whose argument types differ by id.
type AnyListener = (args: any) => Promise<void>;

/**
 * Listeners of one kind (actions, views or events), found by their id in a map. Bolt runs every registered
 * listener's own matching middleware on every request, whatever its kind: with 35 listeners that was about a
 * quarter of a millisecond of every command's CPU, more than Bolt's whole ack. One Bolt listener per kind that
 * looks its listener up here costs the same however many there are. An id with no listener does nothing, so the
 * ack guard answers it as before.
 */
export class ListenerTable {
  readonly #listeners = new Map<string, AnyListener>();

  on(id: string, listener: AnyListener): void {
    if (this.#listeners.has(id)) throw new Error(`two listeners for ${id}`);
    this.#listeners.set(id, listener);
  }

  /** The ids listened to, for the manifest check. */
  ids(): string[] {
    return [...this.#listeners.keys()];
  }

  dispatch(id: string | undefined, args: unknown): Promise<void> {
    const listener = id === undefined ? undefined : this.#listeners.get(id);
    return listener ? listener(args) : Promise.resolve();
  }
}

const ANY = /^/;

/** Block actions (buttons, menus), by action_id. */
export function routeActions(app: App, table: ListenerTable): void {
  app.action(ANY, (args: AllMiddlewareArgs & SlackActionMiddlewareArgs) => {
    const action = 'actions' in args.body ? args.body.actions[0] : undefined;
    return table.dispatch(action && 'action_id' in action ? action.action_id : undefined, args);
  });
}

/** Form submissions, by callback_id. */
export function routeViews(app: App, table: ListenerTable): void {
  app.view(ANY, (args: AllMiddlewareArgs & SlackViewMiddlewareArgs) => table.dispatch(args.view.callback_id, args));
}

/** Events, by type. */
export function routeEvents(app: App, table: ListenerTable): void {
  app.event(ANY, (args: AllMiddlewareArgs & SlackEventMiddlewareArgs) => table.dispatch(args.event.type, args));
}
