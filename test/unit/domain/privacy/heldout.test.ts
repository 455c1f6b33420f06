import { describe, expect, it } from 'vitest';
import { loadRows, score } from '../../../helpers/privacy-scores.js';

/**
 * The held-out sets: each written by someone who never read the detector, briefed only with the label definitions,
 * frozen in test/fixtures before the rules it judges changed, and never tuned on. Only aggregate figures are printed,
 * never a sentence, so they stay unseen. These are the figures that count; the floors below are what the detector
 * honestly reaches, so a regression fails. The bar is recall ≥ 0.97 and false positives ≤ 0.03.
 */
const HELD_OUT_SETS = [
  // Set 1, frozen 2026-11-25 14:44 UTC: 509 sentences, UK and US, half informal.
  { file: 'privacy-heldout.json', recallFloor: 0.98, falsePositiveCeiling: 0.03 },
  // Set 2, frozen 2026-11-25 17:30 UTC by a second writer: 480 sentences, disclosure-heavy.
  { file: 'privacy-heldout-2.json', recallFloor: 0.99, falsePositiveCeiling: 0.03 },
  // Set 3, frozen 2026-11-25 19:58 UTC by a third writer, before the learned model: 500 sentences, 75% informal.
  // Floors: what the rules and the learned model reach together, at or past the bar on every set (rules alone had
  // reached set 1 0.912 / 2.4%, set 2 0.926 / 5.6%, set 3 0.926 / 2.7%).
  { file: 'privacy-heldout-3.json', recallFloor: 0.98, falsePositiveCeiling: 0.03 },
  // Set 4, frozen 2026-11-25 20:45 UTC by a fourth writer, after the learned model merged and before the second
  // round of rule changes: 500 sentences.
  { file: 'privacy-heldout-4.json', recallFloor: 0.98, falsePositiveCeiling: 0.03 },
] as const;

describe.each(HELD_OUT_SETS)('the detector on held-out $file (never tuned on)', (set) => {
  const heldout = loadRows(set.file);

  it('is a frozen set: at least 400 labelled sentences, 40% informal, UK and US', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(400);
    expect(heldout.filter((row) => row.style === 'informal').length / heldout.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(heldout.map((row) => row.jurisdiction))).toEqual(new Set(['uk', 'us']));
  });

  it('reaches its recall and false-positive floors', () => {
    const scores = score(heldout);
    console.log([`privacy detector, ${set.file} (aggregates only):`, ...scores.lines].join('\n'));
    expect(scores.recall).toBeGreaterThanOrEqual(set.recallFloor);
    expect(scores.falsePositiveRate).toBeLessThanOrEqual(set.falsePositiveCeiling);
  });
});
