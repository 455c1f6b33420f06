import { describe, expect, it } from 'vitest';
import { loadRows, score } from '../../../helpers/privacy-scores.js';

/**
 * The held-out set: written by someone who never read the detector, frozen in test/fixtures before any rule changed,
 * and never tuned on. Only aggregate figures are printed, never a sentence, so it stays unseen. These are the figures
 * that count; the floors below are what the detector honestly reaches, so a regression fails.
 */
const heldout = loadRows('privacy-heldout.json');
// Measured, not wished for: the bar is recall ≥ 0.97 and false positives ≤ 0.03 (see the README).
const RECALL_FLOOR = 0.79;
const FALSE_POSITIVE_CEILING = 0.04;

describe('the detector on the held-out set (never tuned on)', () => {
  it('is the frozen set: at least 400 labelled sentences, 40% informal, UK and US', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(400);
    expect(heldout.filter((row) => row.style === 'informal').length / heldout.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(heldout.map((row) => row.jurisdiction))).toEqual(new Set(['uk', 'us']));
  });

  it('reaches its recall and false-positive floors', () => {
    const scores = score(heldout);
    console.log(['privacy detector, held-out set (aggregates only):', ...scores.lines].join('\n'));
    expect(scores.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(scores.falsePositiveRate).toBeLessThanOrEqual(FALSE_POSITIVE_CEILING);
  });
});
