import { describe, expect, it } from 'vitest';
import { ListenerTable } from '../../../src/slack/listener-table.js';

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
