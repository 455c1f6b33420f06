import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/slack/parse/tokens.js';

describe('tokenize', () => {
  it.each([
    ['escaped mention', '<@U123ABC|sam>', [{ type: 'user', id: 'U123ABC' }]],
    ['plain mention', '<@U123ABC>', [{ type: 'user', id: 'U123ABC' }]],
    ['enterprise user id', '<@W0001>', [{ type: 'user', id: 'W0001' }]],
    ['channel link', '<#C42|general>', [{ type: 'channel', id: 'C42' }]],
    ['quoted option', 'org:"St Mary\'s Primary"', [{ type: 'option', key: 'org', value: "St Mary's Primary" }]],
    ['curly quoted option', 'org:“St Mary’s”', [{ type: 'option', key: 'org', value: 'St Mary’s' }]],
    ['bare option', 'sector:education', [{ type: 'option', key: 'sector', value: 'education' }]],
    ['unterminated quote', 'org:"Open ended', [{ type: 'option', key: 'org', value: 'Open ended' }]],
    [
      'Slack entity escapes',
      'Tom &amp; Jerry',
      [
        { type: 'word', value: 'Tom' },
        { type: 'word', value: '&' },
        { type: 'word', value: 'Jerry' },
      ],
    ],
    ['a link is a word, not an option', 'https://example.org', [{ type: 'word', value: 'https://example.org' }]],
    ['empty text', '   ', []],
  ])('reads a %s', (_name, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});
