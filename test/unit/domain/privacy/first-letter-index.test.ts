import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { branchesOf, FirstLetterIndex, firstChars } from '../../../../src/domain/privacy/first-letter-index.js';

const ALTERNATIVES = [
  'hit (?:him|her)',
  'hungry|hurt',
  '(?:not|never) (?:been )?home',
  "(?:he|she)['’]?s (?:1[89]|[2-9]\\d)\\b",
  '["“]?cure["”]?',
  '(?:a |some )?(?:man|men) in (?:his|their) [2-6]0s',
  '\\d{1,2} ?yo',
  '[a-c]at',
  'x+y',
];
const WORDS = ['hit', 'him', 'her', 'hungry', 'not', 'never', 'been', 'home', "she's", 'he', '19', 'cure', '"cure"'];
const MORE = ['a', 'some', 'man', 'men', 'in', 'his', '30s', '12yo', 'bat', 'cat', 'xxy', 'Hit', 'HOME', ',', '.'];

describe('the first-letter index finds what one big alternation finds', () => {
  it('tells the characters a pattern can start with', () => {
    expect(firstChars('(?:a |some )?(?:man|men)')).toEqual(new Set(['a', 's', 'm']));
    expect(firstChars('\\d{1,2} ?yo')).toEqual(new Set('0123456789'));
    expect(firstChars('[A-C]at')).toEqual(new Set(['a', 'b', 'c']));
    expect(firstChars('\\w+')).toBeUndefined();
    expect(branchesOf('a|(?:b|c)d|[|]')).toEqual(['a', '(?:b|c)d', '[|]']);
  });

  it.each([
    ['a word boundary first', String.raw`\b`],
    ['no prefix', ''],
  ])('gives the same matches as matchAll, with %s', (_name, prefix) => {
    const big = new RegExp(`${prefix}(?:${ALTERNATIVES.join('|')})`, 'gi');
    const index = new FirstLetterIndex(ALTERNATIVES, prefix);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS, ...MORE), { maxLength: 14 }),
        fc.constantFrom(' ', '', ', '),
        (words, glue) => {
          const text = words.join(glue);
          const expected = [...text.matchAll(big)].map((match) => ({ index: match.index, text: match[0] }));
          expect(index.matches(text)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
