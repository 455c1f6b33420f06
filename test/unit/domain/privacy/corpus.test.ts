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

  it('catches at least 99.8% of block sentences and refuses none of the safe ones', () => {
    const scores = score(corpus);
    console.log(['privacy detector, own corpus (tuned on):', ...scores.lines].join('\n'));
    for (const row of corpus) {
      const outcome = outcomeOf(row);
      if (row.expect === 'block' && outcome !== 'block') console.log(`  missed (${outcome}): ${row.text}`);
      if (row.expect === 'safe' && outcome === 'block') console.log(`  false alarm: ${row.text}`);
    }
    expect(scores.recall).toBeGreaterThanOrEqual(0.998);
    expect(scores.falsePositiveRate).toBe(0);
  });
});

// Written by another session from the label definitions only, never from the rules; then tuned on (its misses and
// false alarms showed which general rules were missing) and trained on by the learned model. First run, before any
// tuning on it: recall 0.853 (192/225), false positives 0.044 (10/225). The floors sit at what the rules and the
// model reach together, so a change that loses any of it fails.
const dev = loadRows('privacy-dev.json');

describe('the detector on the development set (written blind, then tuned on)', () => {
  it('has 500 labelled sentences, UK and US, at least 40% informal', () => {
    expect(dev.length).toBe(500);
    expect(new Set(dev.map((row) => row.jurisdiction))).toEqual(new Set(['uk', 'us']));
    expect(dev.filter((row) => row.style === 'informal').length / dev.length).toBeGreaterThanOrEqual(0.4);
  });

  it('catches every block sentence and refuses none of the safe ones', () => {
    const scores = score(dev);
    console.log(['privacy detector, development set (written blind, tuned on):', ...scores.lines].join('\n'));
    expect(scores.recall).toBe(1);
    expect(scores.falsePositiveRate).toBe(0);
  });
});

// Written by five more writers from the label definitions only, for the learned second opinion to train on
// (src/domain/privacy/learned). These are training figures, not a measure of unseen text: the leave-one-writer-out
// table that scripts/train-privacy-model.ts prints is (rules alone on first sight: recall 0.867, 0.913, 0.897, 0.808,
// 0.920 and false positives 5.3%, 2.3%, 4.7%, 4.5%, 6.7%). The floors sit at what the rules and the model reach
// together.
describe.each([
  ['privacy-train-a.json', 1, 0],
  ['privacy-train-b.json', 1, 0],
  ['privacy-train-c.json', 1, 0],
  ['privacy-train-d.json', 1, 0],
  ['privacy-train-e.json', 1, 0],
] as const)(
  'the detector on training set %s (written blind, trained on)',
  (file, recallFloor, falsePositiveCeiling) => {
    const rows = loadRows(file);

    it('has about 500 labelled sentences, UK and US, at least 40% informal', () => {
      expect(rows.length).toBeGreaterThanOrEqual(500);
      expect(new Set(rows.map((row) => row.jurisdiction))).toEqual(new Set(['uk', 'us']));
      expect(rows.filter((row) => row.style === 'informal').length / rows.length).toBeGreaterThanOrEqual(0.4);
    });

    it(`catches at least ${recallFloor} of block sentences and refuses at most ${falsePositiveCeiling} of safe ones`, () => {
      const scores = score(rows);
      console.log([`privacy detector, ${file} (written blind, trained on):`, ...scores.lines].join('\n'));
      expect(scores.recall).toBeGreaterThanOrEqual(recallFloor);
      expect(scores.falsePositiveRate).toBeLessThanOrEqual(falsePositiveCeiling);
    });
  },
);
