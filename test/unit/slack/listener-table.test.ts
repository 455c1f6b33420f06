import { describe, expect, it } from 'vitest';
import { ListenerTable, routeRequests } from '../../../src/slack/listener-table.js';

describe('ListenerTable', () => {
  it('calls the listener registered for the id, with the arguments as given', async () => {
    const table = new ListenerTable();
    const calls: unknown[] = [];
    table.on('task_start', async (args) => {
      calls.push(args);
    });
    table.on('task_done', async () => {
      calls.push('wrong listener');
    });
    await table.dispatch('task_start', { body: 1 });
    expect(calls).toEqual([{ body: 1 }]);
    expect(table.ids().sort()).toEqual(['task_done', 'task_start']);
  });

  it('does nothing for an id nobody listens to, so the ack guard answers it', async () => {
    const table = new ListenerTable();
    let called = false;
    table.on('known', async () => {
      called = true;
    });
    await expect(table.dispatch('retired_button', {})).resolves.toBeUndefined();
    await expect(table.dispatch(undefined, {})).resolves.toBeUndefined();
    expect(called).toBe(false);
  });

  it('refuses a second listener for the same id, which would leave one of them never called', () => {
    const table = new ListenerTable();
    table.on('profile_open', async () => undefined);
    expect(() => table.on('profile_open', async () => undefined)).toThrow(/two listeners for profile_open/);
  });
});

describe('routeRequests', () => {
  /** The tables with one recording listener each, and the step routeRequests makes of them. */
  function routed() {
    const calls: string[] = [];
    const tables = {
      commands: new ListenerTable(),
      actions: new ListenerTable(),
      views: new ListenerTable(),
      events: new ListenerTable(),
    };
    tables.commands.on('/coalition', async () => void calls.push('command'));
    tables.actions.on('task_done', async () => void calls.push('action'));
    tables.views.on('checkin_submit', async () => void calls.push('view'));
    tables.events.on('app_home_opened', async () => void calls.push('event'));
    const step = routeRequests(tables);
    return async (args: Record<string, unknown>) => {
      let passedOn = false;
      const next = async () => {
        passedOn = true;
      };
      await step(args as unknown as Parameters<typeof step>[0], next);
      return { calls: calls.splice(0), passedOn };
    };
  }

  it('sends a slash command to the listener for its command, and nothing else to it', async () => {
    const route = routed();
    expect(await route({ command: { command: '/coalition' }, body: {} })).toEqual({
      calls: ['command'],
      passedOn: false,
    });
    expect(await route({ command: { command: '/other' }, body: {} })).toEqual({ calls: [], passedOn: false });
  });

  it('sends a block action by its action_id', async () => {
    const route = routed();
    const body = (actionId: string) => ({ type: 'block_actions', actions: [{ action_id: actionId }] });
    expect(await route({ action: {}, body: body('task_done') })).toEqual({ calls: ['action'], passedOn: false });
    expect(await route({ action: {}, body: body('retired_button') })).toEqual({ calls: [], passedOn: false });
    expect(await route({ action: {}, body: { type: 'dialog_submission' } })).toEqual({ calls: [], passedOn: false });
  });

  it('sends a form submission by its callback_id, and no closed modal (as app.view did)', async () => {
    const route = routed();
    const view = { callback_id: 'checkin_submit' };
    expect(await route({ view, body: { type: 'view_submission' } })).toEqual({ calls: ['view'], passedOn: false });
    expect(await route({ view, body: { type: 'view_closed' } })).toEqual({ calls: [], passedOn: false });
  });

  it('sends an event by its type', async () => {
    const route = routed();
    expect(await route({ event: { type: 'app_home_opened' }, body: {} })).toEqual({
      calls: ['event'],
      passedOn: false,
    });
    expect(await route({ event: { type: 'reaction_added' }, body: {} })).toEqual({ calls: [], passedOn: false });
  });

  it('passes anything else (a shortcut, an options request) on to Bolt', async () => {
    const route = routed();
    expect(await route({ shortcut: {}, body: { type: 'shortcut' } })).toEqual({ calls: [], passedOn: true });
    expect(await route({ options: {}, body: { type: 'block_suggestion' } })).toEqual({ calls: [], passedOn: true });
  });
});
