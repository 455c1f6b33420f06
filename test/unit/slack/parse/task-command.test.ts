import { describe, expect, it } from 'vitest';
import { parseAssign, parseTaskFilter, parseTaskTarget } from '../../../../src/slack/parse/task-command.js';
import { tokenize } from '../../../../src/slack/parse/tokens.js';

describe('task command parsing', () => {
  it.each([
    ['', { modal: true }],
    [
      '<@U1|sam> Draft the referral pathway leaflet due:2026-12-05',
      {
        modal: false,
        ownerUserId: 'U1',
        title: 'Draft the referral pathway leaflet',
        due: '2026-12-05',
        organisation: undefined,
      },
    ],
    [
      '<@U1> Book the hall due:next friday',
      { modal: false, ownerUserId: 'U1', title: 'Book the hall', due: 'next friday' },
    ],
    [
      '<@U1> Book the hall due:5 Dec org:"St Mary’s"',
      { modal: false, title: 'Book the hall', due: '5 Dec', organisation: 'St Mary’s' },
    ],
    ['Book the hall <@U1> org:NHS', { modal: false, title: 'Book the hall', due: undefined, organisation: 'NHS' }],
  ])('reads assign %j', (text, expected) => {
    expect(parseAssign(text)).toMatchObject(expected);
  });

  it('asks for an owner when there is no mention', () => {
    expect(() => parseAssign('Book the hall due:friday')).toThrow(/@mention/);
  });

  it.each([
    ['', { kind: 'mine' }],
    ['all', { kind: 'all' }],
    ['OVERDUE', { kind: 'overdue' }],
    ['<@U9|x>', { kind: 'owner', userId: 'U9' }],
    ['sector:schools', { kind: 'sector', sector: 'education' }],
  ])('reads the task list %j', (text, expected) => {
    expect(parseTaskFilter(tokenize(text))).toEqual(expected);
  });

  it.each([['sector:astronauts'], ['everything'], ['all overdue']])('answers the list %j with the usage', (text) => {
    let hint = '';
    try {
      parseTaskFilter(tokenize(text));
    } catch (error) {
      hint = (error as { hint?: string }).hint ?? '';
    }
    expect(hint).toContain('/coalition tasks');
  });

  it('reads a task reference and the new owner', () => {
    expect(parseTaskTarget('T-42 <@U7>', true, 'usage')).toEqual({ number: 42, userId: 'U7' });
    expect(() => parseTaskTarget('<@U7>', true, 'usage')).toThrow(/T-42/);
    expect(() => parseTaskTarget('T-42', true, 'usage')).toThrow(/@mention/);
  });
});
