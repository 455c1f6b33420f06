import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as detector from '../../../../src/domain/privacy/index.js';
import { COMMAND_WORDS, isOnlyCommandWords } from '../../../../src/slack/parse/command.js';

const words = [...COMMAND_WORDS];
const spacing = fc.constantFrom(' ', '  ', '\t', '\n', ' \u00a0');

describe('isOnlyCommandWords (the text the command listener need not scan)', () => {
  it.each(['', 'help', 'partners', 'tasks', 'schedule show', '  Tasks   OVERDUE ', 'watch off', 'digest preview'])(
    'is true for %j',
    (text) => {
      expect(isOnlyCommandWords(text)).toBe(true);
    },
  );

  it.each([
    'tasks Mia',
    'kudos <@U1> for the leaflet',
    'setup Northside Coalition',
    'schedule weekly mon 09:00',
    'away 2026-12-24..2027-01-02',
    'done 3',
    'partners.',
    'help me with Leo',
    'tasks mine!',
    'assign <@U2> Call the school',
  ])('is false for %j', (text) => {
    expect(isOnlyCommandWords(text)).toBe(false);
  });

  it('holds for any run of the command’s words, however spaced and cased', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), spacing, fc.boolean()), { maxLength: 6 }), (parts) => {
        const text = parts.map(([word, space, upper]) => (upper ? word.toUpperCase() : word) + space).join('');
        expect(isOnlyCommandWords(text)).toBe(true);
      }),
    );
  });

  it('fails as soon as one other word, digit or sign is in the text', () => {
    const other = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter(
        (token) =>
          token.trim() !== '' &&
          !token.split(/\s+/).every((part) => part === '' || COMMAND_WORDS.has(part.toLowerCase())),
      );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 4 }), other, fc.nat(4), (before, token, at) => {
        const parts = [...before];
        parts.splice(Math.min(at, parts.length), 0, token);
        expect(isOnlyCommandWords(parts.join(' '))).toBe(false);
      }),
    );
  });

  // Skipping the scan changes no outcome: the detector finds nothing in any of these words, alone or together.
  it.each(['uk', 'us'] as const)('is text in which the privacy detector finds nothing (%s)', (jurisdiction) => {
    for (const word of words) expect(detector.detectIdentifyingDetails(word, { jurisdiction })).toEqual([]);
    expect(detector.detectIdentifyingDetails(words.join(' '), { jurisdiction })).toEqual([]);
    expect(words.filter((word) => detector.hasConcernLanguage(word))).toEqual([]);
  });
});
