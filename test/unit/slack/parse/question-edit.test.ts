import { describe, expect, it } from 'vitest';
import { parseQuestionEdit } from '../../../../src/slack/parse/question-edit.js';
import { tokenize } from '../../../../src/slack/parse/tokens.js';

describe('parseQuestionEdit', () => {
  it.each([
    [
      'add "How confident are you?" scale required',
      { action: 'add', prompt: 'How confident are you?', kind: 'scale', required: true },
    ],
    ['add "Any events coming up?"', { action: 'add', prompt: 'Any events coming up?', kind: 'short', required: false }],
    ['add "What changed?" long', { action: 'add', prompt: 'What changed?', kind: 'long', required: false }],
    ['remove 3', { action: 'remove', number: 3 }],
    ['move 3 1', { action: 'move', number: 3, to: 1 }],
    ['require 2 no', { action: 'require', number: 2, required: false }],
    ['reset', { action: 'reset' }],
  ])('reads %j', (text, expected) => {
    expect(parseQuestionEdit(tokenize(text))).toEqual(expected);
  });

  it.each([['add'], ['add "?"'], ['remove'], ['remove zero'], ['move 1'], ['require 1 maybe'], ['rename 1'], ['']])(
    'answers %j with the usage',
    (text) => {
      expect(() => parseQuestionEdit(tokenize(text))).toThrow(/question|number|quotes|yes|add/i);
    },
  );
});
