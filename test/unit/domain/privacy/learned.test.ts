import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesOf, loadScannedRows, ROSTER_ALLOW } from '../../../../scripts/privacy-training.js';
import { detectIdentifyingDetails, scanByRules } from '../../../../src/domain/privacy/detector.js';
import { combine, sentenceSpans, THRESHOLDS } from '../../../../src/domain/privacy/learned/combine.js';
import {
  BUCKETS,
  bucketOf,
  featureNames,
  featuresOf,
  wordsOf,
} from '../../../../src/domain/privacy/learned/features.js';
import { decodeWeights, encodeWeights } from '../../../../src/domain/privacy/learned/model.js';
import { train } from '../../../../src/domain/privacy/learned/train.js';
import { MODEL } from '../../../../src/domain/privacy/learned/weights.generated.js';
import type { Finding, FindingKind } from '../../../../src/domain/privacy/types.js';
import { MODEL_ONLY_DISCLOSURE } from '../../../helpers/privacy-scores.js';

const scanOf = (text: string) => scanByRules(text, { jurisdiction: 'uk', allow: ROSTER_ALLOW });

describe('the learned model’s features', () => {
  it('are lower-cased words without apostrophes, and numbers only as their shape', () => {
    expect(wordsOf("Liam's sister (Y4) hasn't been in since 12/03, ref 884213")).toEqual([
      'liams',
      'sister',
      'y',
      '#1',
      'hasnt',
      'been',
      'in',
      'since',
      '#2',
      '#2',
      'ref',
      '#5',
    ]);
  });

  it('never learn a number: texts that differ only in their digits have the same features', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }), (digits) => {
        const number = digits.join('');
        const other = digits.map((digit) => (digit + 1) % 10).join('');
        const text = (value: string) => `a year ${value} girl told us her case is ${value}`;
        expect(featureNames(text(number), scanOf(text('x')))).toEqual(featureNames(text(other), scanOf(text('x'))));
      }),
      { numRuns: 50 },
    );
  });

  it('are distinct buckets in ascending order, inside the model', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const features = featuresOf(text, scanOf(text));
        for (let index = 0; index < features.length; index++) {
          expect(features[index]).toBeGreaterThanOrEqual(0);
          expect(features[index]).toBeLessThan(BUCKETS);
          if (index > 0) expect(features[index]).toBeGreaterThan(features[index - 1] as number);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('hash the same names that featureNames spells out', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.constantFrom('', ' Ava (Y4) told us', " liam's mum hit him"),
        (text, tail) => {
          const whole = text + tail;
          const scan = scanOf(whole);
          const expected = [...new Set(featureNames(whole, scan).map(bucketOf))].sort((a, b) => a - b);
          expect([...featuresOf(whole, scan)]).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('carry what the rules found: kinds, levels, harm words, a reference to one child, a name', () => {
    const names = featureNames('NHS no 943 476 5919', scanOf('NHS no 943 476 5919'), 'words+rules');
    expect(names).toContain('rule:nhs_number:block');
    expect(names).toContain('rules:block');
    const told = 'a girl in year 8 told us Ava has bruises on her arms';
    expect(featureNames(told, scanOf(told), 'words+rules')).toEqual(
      expect.arrayContaining(['harm:1', 'one:1', 'name:1', 'harm:true&one:true&name:true&generic:false']),
    );
    const theme = 'more young people at the drop-in are showing signs of exploitation';
    expect(featureNames(theme, scanOf(theme), 'words+rules')).toEqual(
      expect.arrayContaining(['rules:none', 'cue:plural-people', 'one:0']),
    );
  });
});

describe('how the model and the rules combine', () => {
  const finding = (kind: FindingKind, score: number): Finding => ({ kind, start: 0, end: 4, score, level: 'block' });
  const scanWith = (findings: Finding[]) => ({ ...scanOf('text'), findings });
  const NEVER_CLEARED: FindingKind[] = ['nhs_number', 'chi_number', 'ni_number', 'upn', 'ssn', 'date_of_birth'];

  it('never clears a checksum, label or date-of-birth finding, however sure the model is that the text is safe', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NEVER_CLEARED, 'case_reference' as const),
        fc.double({ min: 0.6, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (kind, score, probability) => {
          const [kept] = combine('text', scanWith([finding(kind, score)]), probability);
          expect(kept?.level).toBe('block');
        },
      ),
    );
  });

  it('turns a weak finding into a warning when the model is sure the text is safe, a name in a child shape only when surer', () => {
    const weak = scanWith([finding('concern_disclosure', 0.65)]);
    expect(combine('text', weak, THRESHOLDS.clearBelow)[0]?.level).toBe('warn');
    expect(combine('text', weak, THRESHOLDS.clearBelow + 0.01)[0]?.level).toBe('block');
    const named = scanWith([finding('child_name', 0.75)]);
    expect(combine('text', named, THRESHOLDS.clearBelow)[0]?.level).toBe('block');
    expect(combine('text', named, THRESHOLDS.clearStrongBelow)[0]?.level).toBe('warn');
    expect(combine('text', scanWith([finding('child_name', 0.9)]), 0)[0]?.level).toBe('block');
  });

  it('adds a disclosure spanning the text when only the model is sure it must be held back', () => {
    const text = '  something the rules did not catch  ';
    const added = combine(text, scanWith([]), THRESHOLDS.blockAbove);
    expect(added).toEqual([
      {
        kind: 'concern_disclosure',
        start: 2,
        end: text.trimEnd().length,
        score: THRESHOLDS.blockAbove,
        level: 'block',
      },
    ]);
    expect(combine(text, scanWith([]), THRESHOLDS.blockAbove - 0.01)).toEqual([]);
  });
});

describe('the model weighs a long text a sentence at a time', () => {
  it('splits where a capital follows a full stop, or at a line break, never inside "Ms. Alvarez", "A.J." or "0.08"', () => {
    const text = 'Ms. Alvarez met A.J. on Monday. Levels were 0.08 at most!\nall good';
    expect(sentenceSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Ms. Alvarez met A.J. on Monday.',
      'Levels were 0.08 at most!',
      'all good',
    ]);
  });

  it('refuses a disclosure among ordinary news, spanning only its sentence', () => {
    const disclosure = `H${MODEL_ONLY_DISCLOSURE.slice(1)}.`;
    const text = `Great turnout at the fun day, over 200 families came. ${disclosure} The raffle raised £300.`;
    const [finding, ...others] = detectIdentifyingDetails(text, { jurisdiction: 'uk', allow: ROSTER_ALLOW });
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ kind: 'concern_disclosure', level: 'block' });
    expect(text.slice(finding?.start, finding?.end)).toBe(disclosure);
  });
});

describe('the committed model', () => {
  it('refuses a disclosure no rule finds, as a concern about a child spanning the text', () => {
    expect(scanOf(MODEL_ONLY_DISCLOSURE).findings).toEqual([]);
    expect(detectIdentifyingDetails(MODEL_ONLY_DISCLOSURE, { jurisdiction: 'uk', allow: ROSTER_ALLOW })).toEqual([
      expect.objectContaining({
        kind: 'concern_disclosure',
        start: 0,
        end: MODEL_ONLY_DISCLOSURE.length,
        level: 'block',
      }),
    ]);
  });

  it('round-trips its weights through base64 exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(BUCKETS - 1), fc.integer({ min: -32768, max: 32767 })), { maxLength: 64 }),
        (entries) => {
          const weights = new Int16Array(BUCKETS);
          for (const [bucket, value] of entries) weights[bucket] = value;
          const decoded = decodeWeights(encodeWeights(weights));
          expect(decoded.every((value, index) => value === weights[index])).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('is what training on the committed fixtures gives, so the weights can never go stale', () => {
    const model = train(examplesOf(loadScannedRows()));
    expect(model.bias).toBe(MODEL.bias);
    expect(model.scale).toBe(MODEL.scale);
    expect(encodeWeights(model.weights)).toBe(MODEL.weights);
  });
});
