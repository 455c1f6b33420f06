import { describe, expect, it } from 'vitest';
import { compareTs, visibility } from '../../../src/sandbox/page-model.js';
import { actionPayload, findElement, stateValues } from '../../../src/sandbox/view-state.js';
import type { SimMessage } from '../../../src/simulator/index.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const option = (value: string) => ({ text: plain(value.toUpperCase()), value });
const input = (block_id: string, element: Record<string, unknown>) => ({
  type: 'input',
  block_id,
  label: plain(block_id),
  element,
});

describe('view state as Slack sends it', () => {
  const blocks = [
    { type: 'section', text: plain('intro') },
    input('text', { type: 'plain_text_input', action_id: 'a', initial_value: 'kept' }),
    input('select', { type: 'static_select', action_id: 'a', options: [option('x'), option('y')] }),
    input('ticks', { type: 'checkboxes', action_id: 'a', options: [option('p'), option('q')] }),
    input('day', { type: 'datepicker', action_id: 'a' }),
    input('who', { type: 'users_select', action_id: 'a' }),
  ];

  it('fills every input block: what was chosen, else the initial value, else empty', () => {
    expect(stateValues(blocks, { select: { a: ['y'] }, ticks: { a: ['q'] }, day: { a: ['2026-12-01'] } })).toEqual({
      text: { a: { type: 'plain_text_input', value: 'kept' } },
      select: { a: { type: 'static_select', selected_option: option('y') } },
      ticks: { a: { type: 'checkboxes', selected_options: [option('q')] } },
      day: { a: { type: 'datepicker', selected_date: '2026-12-01' } },
      who: { a: { type: 'users_select', selected_user: null } },
    });
  });

  it('ignores a value that is not one of the options', () => {
    expect(stateValues(blocks, { select: { a: ['<script>'] } }).select).toEqual({
      a: { type: 'static_select', selected_option: null },
    });
  });

  it('builds the action for a button and for a select, found by block and action id', () => {
    const actions = [{ type: 'actions', block_id: 'row', elements: [{ type: 'button', action_id: 'go', value: 'v' }] }];
    const found = findElement(actions, 'row', 'go');
    expect(found && actionPayload(found.element, 'row', [])).toEqual({
      action_id: 'go',
      block_id: 'row',
      type: 'button',
      value: 'v',
    });
    const select = findElement(blocks, 'select', 'a');
    expect(select && actionPayload(select.element, 'select', ['x'])).toMatchObject({ selected_option: option('x') });
    expect(findElement(actions, 'other', 'go')).toBeUndefined();
  });
});

describe('who sees what', () => {
  const base: SimMessage = { kind: 'message', channel: 'C1', ts: '1.000001', edits: 0, history: [] };
  it.each([
    ['a channel message', base, 'U2', { visible: true, onlyYou: false }],
    [
      'an ephemeral message to someone else',
      { ...base, kind: 'ephemeral', user: 'U1' },
      'U2',
      { visible: false, onlyYou: true },
    ],
    ['an ephemeral message to you', { ...base, kind: 'ephemeral', user: 'U2' }, 'U2', { visible: true, onlyYou: true }],
    [
      'an in-channel command answer',
      { ...base, kind: 'response_url', response_type: 'in_channel', user: 'U1' },
      'U2',
      { visible: true, onlyYou: false },
    ],
    [
      'a replace_original (it edits the original)',
      { ...base, kind: 'response_url', replace_original: true, user: 'U2' },
      'U2',
      { visible: false, onlyYou: false },
    ],
    ['a deleted message', { ...base, deleted: true }, 'U2', { visible: false, onlyYou: false }],
  ] as const)('%s', (_name, message, viewer, expected) => {
    expect(visibility(message as SimMessage, viewer)).toEqual(expected);
  });

  it('orders Slack timestamps without losing digits', () => {
    expect(['1795078800.000050', '1795078800.000049', '1795078799.999999'].sort(compareTs)).toEqual([
      '1795078799.999999',
      '1795078800.000049',
      '1795078800.000050',
    ]);
  });
});
