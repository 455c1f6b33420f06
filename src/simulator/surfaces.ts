import type { SimState } from './state.js';
import type { SimMessage, SimView, ViewOperation } from './types.js';

// What a Slack client does on a person's behalf, beyond the Web API: keeps their modal stack (closing views,
// applying a view_submission's response_action), shows their Home tab, and posts and reacts as them.

const MAX_MODAL_STACK = 3;

export interface ViewResponseOutcome {
  /** What Slack did with the answer: field errors stay on the open view; the others change the stack. */
  action: 'errors' | 'update' | 'push' | 'clear' | 'close';
  errors?: Record<string, string>;
}

export function createSurfaces(state: SimState, now: () => number) {
  const latest = (id: string) => state.views.findLast((record) => record.id === id);

  function record(fields: { kind: ViewOperation; view: unknown; user: string; id: string; stack: string[] }): void {
    const previous = fields.stack.at(-2) ?? null;
    state.views.push({
      id: fields.id,
      user: fields.user,
      view: fields.view as SimView['view'],
      hash: `${Math.floor(now() / 1000)}.${state.nextId('h')}`,
      kind: fields.kind,
      root_view_id: fields.stack[0] ?? fields.id,
      previous_view_id: fields.kind === 'push' ? previous : (latest(fields.id)?.previous_view_id ?? null),
    });
  }

  const stackOf = (userId: string) => state.modalStacks.get(userId) ?? [];
  function closeView(userId: string, viewId: string): void {
    const stack = stackOf(userId);
    const index = stack.indexOf(viewId);
    if (index >= 0) state.modalStacks.set(userId, stack.slice(0, index));
  }

  return {
    /** The person's open modals, root first, each at its latest version. */
    modalStack(userId: string): SimView[] {
      return stackOf(userId)
        .map(latest)
        .filter((view): view is SimView => view !== undefined);
    },
    /** Closes this view and any pushed above it, as the close button does. */
    closeView,
    /** Applies the app's answer to a view_submission the way Slack does. */
    applyViewResponse(userId: string, viewId: string, body: unknown): ViewResponseOutcome {
      const answer = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      const stack = stackOf(userId);
      const action = answer.response_action;
      if (action === 'errors') return { action, errors: (answer.errors ?? {}) as Record<string, string> };
      if (action === 'update' && stack.includes(viewId)) {
        record({ kind: 'update', view: answer.view, user: userId, id: viewId, stack });
        return { action };
      }
      if (action === 'push' && stack.length < MAX_MODAL_STACK) {
        const id = state.nextId('V');
        stack.push(id);
        state.modalStacks.set(userId, stack);
        record({ kind: 'push', view: answer.view, user: userId, id, stack });
        return { action };
      }
      if (action === 'clear') {
        state.modalStacks.set(userId, []);
        return { action };
      }
      closeView(userId, viewId);
      return { action: 'close' };
    },
    homeView(userId: string): SimView | undefined {
      const id = state.homeViewByUser.get(userId);
      return id === undefined ? undefined : latest(id);
    },
    /** The person's DM with the app; Slack always has one, so it is made on first use. */
    directMessage: (userId: string): string => state.dmFor(userId),
    /** A message a person wrote (the app hears of it through a `message` event the caller sends). */
    postAsPerson(input: { channel: string; user: string; text: string; thread_ts?: string }): SimMessage {
      const message: SimMessage = {
        kind: 'message',
        channel: input.channel,
        ts: state.nextTs(),
        text: input.text,
        user: input.user,
        fromPerson: true,
        edits: 0,
        history: [],
        ...(input.thread_ts ? { thread_ts: input.thread_ts } : {}),
      };
      state.messages.push(message);
      return message;
    },
    /** Adds or removes a person's reaction; false when there was nothing to change. */
    react(input: { channel: string; ts: string; name: string; user: string; added: boolean }): boolean {
      const message = state.findMessage(input.channel, input.ts);
      if (!message) return false;
      const reactions = message.reactions ?? [];
      const reaction = reactions.find((candidate) => candidate.name === input.name) ?? { name: input.name, users: [] };
      const has = reaction.users.includes(input.user);
      if (has === input.added) return false;
      reaction.users = input.added ? [...reaction.users, input.user] : reaction.users.filter((u) => u !== input.user);
      if (!reactions.includes(reaction)) reactions.push(reaction);
      message.reactions = reactions.filter((candidate) => candidate.users.length > 0);
      return true;
    },
  };
}

export type SimSurfaces = ReturnType<typeof createSurfaces>;
