import { describe, expect, it } from 'vitest';
import { loadRows, outcomeOf, score } from '../../../helpers/privacy-scores.js';

// The corpus the rules were written and tuned against; its figures say little about unseen text (see heldout.test.ts).
const corpus = loadRows('privacy-corpus.json');

describe('the detector on its own labelled corpus (tuned on)', () => {
  it('has sentences of every kind, UK and US, including disclosures without a name and theme-level concerns', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(750);
    const kinds = new Set(corpus.filter((row) => row.expect === 'block').map((row) => row.kind));
    for (const kind of [
      'nhs_number',
      'chi_number',
      'ni_number',
      'upn',
      'ssn',
      'date_of_birth',
      'postcode',
      'street_address',
      'phone',
      'email',
      'case_reference',
      'child_name',
      'concern_disclosure',
    ])
      expect(kinds).toContain(kind);
    expect(new Set(corpus.map((row) => row.jurisdiction))).toEqual(new Set(['uk', 'us']));
  });

  it('catches at least 98% of block sentences and refuses at most 1% of safe ones', () => {
    const scores = score(corpus);
    console.log(['privacy detector, own corpus (tuned on):', ...scores.lines].join('\n'));
    for (const row of corpus) {
      const outcome = outcomeOf(row);
      if (row.expect === 'block' && outcome !== 'block') console.log(`  missed (${outcome}): ${row.text}`);
      if (row.expect === 'safe' && outcome === 'block') console.log(`  false alarm: ${row.text}`);
    }
    expect(scores.recall).toBeGreaterThanOrEqual(0.98);
    expect(scores.falsePositiveRate).toBeLessThanOrEqual(0.01);
  });
});
