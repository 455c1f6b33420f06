import { existsSync, readFileSync } from 'node:fs';
import { type RuleScan, scanByRules } from '../src/domain/privacy/detector.js';
import { featuresOf } from '../src/domain/privacy/learned/features.js';
import { balanced, type Example } from '../src/domain/privacy/learned/train.js';
import type { Jurisdiction } from '../src/domain/privacy/types.js';
// The same roster as the corpus tests: partner staff, organisations and published contacts.
import { ROSTER_ALLOW } from '../test/helpers/privacy-scores.js';

/**
 * The sentences the model learns from, one set per writer, and nothing else: the held-out sets
 * (privacy-heldout*.json) are never named here, so they can never be read, trained or tuned on.
 */
export const WRITERS = [
  { writer: 'own', file: 'privacy-corpus.json' },
  { writer: 'dev', file: 'privacy-dev.json' },
  { writer: 'train-a', file: 'privacy-train-a.json' },
  { writer: 'train-b', file: 'privacy-train-b.json' },
  { writer: 'train-c', file: 'privacy-train-c.json' },
  { writer: 'train-d', file: 'privacy-train-d.json' },
  { writer: 'train-e', file: 'privacy-train-e.json' },
] as const;

export { ROSTER_ALLOW };

export interface ScannedRow {
  writer: string;
  text: string;
  expect: 'block' | 'safe' | 'warn';
  scan: RuleScan;
  features: Int32Array;
}

const fixture = (file: string) => new URL(`../test/fixtures/${file}`, import.meta.url);

/** Every writer's set that is in test/fixtures, each row scanned by the rules and turned into features. */
export function loadScannedRows(): ScannedRow[] {
  return WRITERS.filter(({ file }) => existsSync(fixture(file))).flatMap(({ writer, file }) =>
    (
      JSON.parse(readFileSync(fixture(file), 'utf8')) as Array<{
        text: string;
        expect: ScannedRow['expect'];
        jurisdiction: Jurisdiction;
      }>
    ).map((row) => {
      const scan = scanByRules(row.text, { jurisdiction: row.jurisdiction, allow: ROSTER_ALLOW });
      return { writer, text: row.text, expect: row.expect, scan, features: featuresOf(row.text, scan) };
    }),
  );
}

/** Block and safe rows as examples, weighted so both classes count equally; warn rows are borderline and left out. */
export function examplesOf(rows: ScannedRow[]): Example[] {
  const labelled = rows.filter((row) => row.expect !== 'warn');
  const labels = labelled.map((row): 0 | 1 => (row.expect === 'block' ? 1 : 0));
  const [safe, block] = balanced(labels);
  return labelled.map((row, index) => {
    const label = labels[index] as 0 | 1;
    return { features: row.features, label, weight: label === 1 ? block : safe };
  });
}
