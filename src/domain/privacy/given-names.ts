import NAMES from 'gender-detection-from-name/names/en.js';

/**
 * Given names beyond compromise's lexicon: the English list of gender-detection-from-name (MIT, about 32,000 names
 * from birth registrations, so "Freya", "Kayden", "Nevaeh", "Oluwaseun" are in). It is a list, not a tagger: a word
 * on it that compromise knows as an ordinary word ("case", "holiday", "story") stays ordinary, and the callers only
 * read a listed word as a name in child context.
 */
export function isListedGivenName(lower: string): boolean {
  return NAMES.has(lower);
}
