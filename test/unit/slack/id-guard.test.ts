import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ids from '../../../src/slack/ids.js';
import { ACTION_ID_READERS, CALLBACK_ID_READERS, idNamedBy } from '../../../src/slack/middleware/id-guard.js';

const action = (action_id: string, value: string) => ({
  type: 'block_actions',
  user: { id: 'U1' },
  actions: [{ action_id, value }],
});
const submission = (callback_id: string, private_metadata: string) => ({
  type: 'view_submission',
  user: { id: 'U1' },
  view: { callback_id, private_metadata, state: { values: {} } },
});

describe('the id guard’s table', () => {
  it('knows every button and form id in ids.ts, so none can slip past the check', () => {
    const groups = Object.entries(ids).filter(([name]) => /(^|_)(ACTIONS|VIEWS)$/.test(name));
    expect(groups.length).toBeGreaterThanOrEqual(6);
    const known = new Set([...Object.keys(ACTION_ID_READERS), ...Object.keys(CALLBACK_ID_READERS)]);
    const unknown = groups
      .flatMap(([, group]) => Object.values(group as Record<string, string>))
      .filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });

  it('reads the id each kind of button carries', () => {
    expect(idNamedBy(action('task_done', '42'))).toEqual({ kind: 'task', id: 42 });
    expect(idNamedBy(action('erase_confirm', '7:U123'))).toEqual({ kind: 'coalition', id: 7 });
    expect(idNamedBy(action('digest_offer_help', '9'))).toEqual({ kind: 'blocker', id: 9 });
    expect(idNamedBy(action('checkin_open', '3'))).toEqual({ kind: 'cycle', id: 3 });
    expect(
      idNamedBy({
        ...action('task_status_menu', ''),
        actions: [{ action_id: 'task_status_menu', selected_option: { value: '5:done' } }],
      }),
    ).toEqual({ kind: 'task', id: 5 });
    expect(idNamedBy(submission('checkin_modal', '{"cycleId":11}'))).toEqual({ kind: 'cycle', id: 11 });
    expect(idNamedBy(submission('task_note_modal', '{"taskId":4,"status":"blocked"}'))).toEqual({
      kind: 'task',
      id: 4,
    });
  });

  it('names no id for unknown buttons or unreadable values, so their listeners answer them', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('constructor', '__proto__', 'toString', 'task_done')),
        fc.string(),
        (actionId, value) => {
          const ref = idNamedBy(action(actionId, value));
          if (ref) expect(ref.id).toBeGreaterThan(0);
          if (!Object.hasOwn(ACTION_ID_READERS, actionId)) expect(ref).toBeUndefined();
        },
      ),
    );
    expect(idNamedBy(action('task_done', 'abc'))).toBeUndefined();
    expect(idNamedBy(action('task_done', '0'))).toBeUndefined();
    expect(idNamedBy(submission('checkin_modal', 'not json'))).toBeUndefined();
    expect(idNamedBy({ type: 'event_callback' })).toBeUndefined();
  });
});
