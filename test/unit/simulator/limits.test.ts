import { describe, expect, it } from 'vitest';
import { messageProblems, viewProblems } from '../../../src/simulator/index.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const button = (text: string, extra: object = {}) => ({ type: 'button', action_id: 'b', text: plain(text), ...extra });
const options = (count: number, text = 'o', value = 'v') =>
  Array.from({ length: count }, (_, index) => ({ text: plain(text), value: `${value}${index}` }));
const dividers = (count: number) => Array.from({ length: count }, () => ({ type: 'divider' }));

describe('message block limits', () => {
  it.each<[string, unknown[], string[]]>([
    ['50 blocks', dividers(50), []],
    ['51 blocks', dividers(51), ['no more than 50 items allowed [json-pointer:/blocks]']],
    ['a 3000-character section', [section('a'.repeat(3000))], []],
    [
      'a 3001-character section',
      [section('a'.repeat(3001))],
      ['must be less than 3001 characters [json-pointer:/blocks/0/text/text]'],
    ],
    [
      'a section with neither text nor fields',
      [{ type: 'section' }],
      ['must provide either text or fields [json-pointer:/blocks/0]'],
    ],
    ['a 150-character header', [{ type: 'header', text: plain('h'.repeat(150)) }], []],
    [
      'a 151-character header',
      [{ type: 'header', text: plain('h'.repeat(151)) }],
      ['must be less than 151 characters [json-pointer:/blocks/0/text/text]'],
    ],
    [
      'a mrkdwn header',
      [{ type: 'header', text: mrkdwn('h') }],
      ['must be a valid enum value [json-pointer:/blocks/0/text/type]'],
    ],
    ['10 section fields', [{ type: 'section', fields: Array.from({ length: 10 }, () => mrkdwn('f')) }], []],
    [
      '11 section fields',
      [{ type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) }],
      ['no more than 10 items allowed [json-pointer:/blocks/0/fields]'],
    ],
    [
      'a 2001-character field',
      [{ type: 'section', fields: [mrkdwn('f'), mrkdwn('f'.repeat(2001))] }],
      ['must be less than 2001 characters [json-pointer:/blocks/0/fields/1/text]'],
    ],
    [
      '11 context elements',
      [{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }],
      ['no more than 10 items allowed [json-pointer:/blocks/0/elements]'],
    ],
    [
      '25 actions',
      [{ type: 'actions', elements: Array.from({ length: 25 }, (_, i) => button('b', { action_id: `a${i}` })) }],
      [],
    ],
    [
      '26 actions',
      [{ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button('b', { action_id: `a${i}` })) }],
      ['no more than 25 items allowed [json-pointer:/blocks/0/elements]'],
    ],
    ['a 75-character button', [{ type: 'actions', elements: [button('b'.repeat(75))] }], []],
    [
      'a 76-character button',
      [{ type: 'actions', elements: [button('b'.repeat(76))] }],
      ['must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]'],
    ],
    [
      'a button accessory of 76 characters',
      [{ ...section('s'), accessory: button('b'.repeat(76)) }],
      ['must be less than 76 characters [json-pointer:/blocks/0/accessory/text/text]'],
    ],
    [
      'a 2001-character button value',
      [{ type: 'actions', elements: [button('b', { value: 'v'.repeat(2001) })] }],
      ['must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]'],
    ],
    [
      'a 76-character option',
      [{ type: 'actions', elements: [{ type: 'static_select', action_id: 's', options: options(1, 'o'.repeat(76)) }] }],
      ['must be less than 76 characters [json-pointer:/blocks/0/elements/0/options/0/text/text]'],
    ],
    [
      '11 radio buttons',
      [{ type: 'actions', elements: [{ type: 'radio_buttons', action_id: 'r', options: options(11) }] }],
      ['no more than 10 items allowed [json-pointer:/blocks/0/elements/0/options]'],
    ],
    [
      '6 overflow options',
      [{ type: 'actions', elements: [{ type: 'overflow', action_id: 'o', options: options(6) }] }],
      ['no more than 5 items allowed [json-pointer:/blocks/0/elements/0/options]'],
    ],
    [
      'two buttons with one action_id',
      [{ type: 'actions', elements: [button('a'), button('b')] }],
      ['action_id must be unique within the block [json-pointer:/blocks/0/elements/1]'],
    ],
    [
      'two blocks with one block_id',
      [
        { ...section('a'), block_id: 'x' },
        { ...section('b'), block_id: 'x' },
      ],
      ['block_id must be unique [json-pointer:/blocks/1/block_id]'],
    ],
    ['a block without a type', [{ text: mrkdwn('t') }], ['missing required field: type [json-pointer:/blocks/0]']],
    [
      'an image without alt_text',
      [{ type: 'image', image_url: 'https://x/y.png' }],
      ['missing required field: alt_text [json-pointer:/blocks/0]'],
    ],
  ])('%s', (_name, blocks, expected) => {
    expect(messageProblems(blocks)).toEqual(expected);
  });

  it('accepts no blocks at all and refuses blocks that are not a list', () => {
    expect(messageProblems(undefined)).toEqual([]);
    expect(messageProblems({ type: 'divider' })).toEqual(['must be an array [json-pointer:/blocks]']);
  });
});

const modal = (patch: Record<string, unknown> = {}) => ({ type: 'modal', title: plain('Title'), blocks: [], ...patch });
const input = (label: string) => ({
  type: 'input',
  label: plain(label),
  element: { type: 'plain_text_input', action_id: 'i' },
});

describe('view limits', () => {
  it.each<[string, unknown, string[]]>([
    ['a fine modal', modal(), []],
    ['a home tab', { type: 'home', blocks: [section('hi')] }, []],
    ['100 blocks', modal({ blocks: dividers(100) }), []],
    ['101 blocks', modal({ blocks: dividers(101) }), ['no more than 100 items allowed [json-pointer:/view/blocks]']],
    ['a 24-character title', modal({ title: plain('t'.repeat(24)) }), []],
    [
      'a 25-character title',
      modal({ title: plain('t'.repeat(25)) }),
      ['must be less than 25 characters [json-pointer:/view/title/text]'],
    ],
    [
      'a 25-character submit',
      modal({ submit: plain('s'.repeat(25)) }),
      ['must be less than 25 characters [json-pointer:/view/submit/text]'],
    ],
    [
      'a 25-character close',
      modal({ close: plain('c'.repeat(25)) }),
      ['must be less than 25 characters [json-pointer:/view/close/text]'],
    ],
    ['a modal without a title', { type: 'modal', blocks: [] }, ['missing required field: title [json-pointer:/view]']],
    [
      'a 3001-character section',
      modal({ blocks: [section('a'.repeat(3001))] }),
      ['must be less than 3001 characters [json-pointer:/view/blocks/0/text/text]'],
    ],
    [
      'a 2001-character input label',
      modal({ submit: plain('Save'), blocks: [input('l'.repeat(2001))] }),
      ['must be less than 2001 characters [json-pointer:/view/blocks/0/label/text]'],
    ],
    [
      'an input without submit',
      modal({ blocks: [input('Name')] }),
      ['must provide submit when the view has input blocks [json-pointer:/view/submit]'],
    ],
    [
      '3001 characters of private_metadata',
      modal({ private_metadata: 'm'.repeat(3001) }),
      ['must be less than 3001 characters [json-pointer:/view/private_metadata]'],
    ],
    ['3000 characters of private_metadata', modal({ private_metadata: 'm'.repeat(3000) }), []],
    ['an unknown view type', { type: 'dialog', blocks: [] }, ['must be a valid enum value [json-pointer:/view/type]']],
    ['no view at all', undefined, ['missing required field: view [json-pointer:/view]']],
  ])('%s', (_name, view, expected) => {
    expect(viewProblems(view)).toEqual(expected);
  });
});
