import type { Step } from './middleware/steps.js';

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

/** The tables by kind of request: slash commands by command, and the rest as routeRequests says. */
export interface ListenerTables {
  commands: ListenerTable;
  actions: ListenerTable;
  views: ListenerTable;
  events: ListenerTable;
}

/**
 * The last middleware step sends each request to its listener: a slash command by its command, a block action
 * (button, menu) by action_id, a form submission by callback_id, an event by type. Bolt would otherwise run every
 * registered listener's own chain for every request, even with one listener per kind: four chains, each an array
 * copy, a closure and a settled promise, were a sixth of a command's CPU (A/B against the same build, 8 pairs).
 * Anything else (a shortcut, an options request) goes on to Bolt's listeners, of which there are none, as before.
 */
export function routeRequests(tables: ListenerTables): Step {
  return async (args, next) => {
    if ('command' in args) return tables.commands.dispatch(args.command.command, args);
    if ('action' in args) {
      const action = 'actions' in args.body ? args.body.actions[0] : undefined;
      return tables.actions.dispatch(action && 'action_id' in action ? action.action_id : undefined, args);
    }
    // As app.view(id) did: submissions only; a closed modal (view_closed) has no listener.
    if ('view' in args)
      return args.body.type === 'view_submission' ? tables.views.dispatch(args.view.callback_id, args) : undefined;
    if ('event' in args) return tables.events.dispatch(args.event.type, args);
    return next();
  };
}
