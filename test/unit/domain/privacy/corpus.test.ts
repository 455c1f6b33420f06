import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectIdentifyingDetails, type Jurisdiction } from '../../../../src/domain/privacy/index.js';

interface Row {
  text: string;
  expect: 'block' | 'safe';
  kind?: string;
  jurisdiction: Jurisdiction;
}

const corpus = JSON.parse(
  readFileSync(new URL('../../../fixtures/privacy-corpus.json', import.meta.url), 'utf8'),
) as Row[];
// Partner staff, organisations and published contacts the coalition's roster would supply.
const allow = {
  staffNames: ['Priya Shah', 'Tom Okafor', 'Sam Patel', 'Amina Hussain'],
  organisations: ["St Mary's Primary", 'Northside Health', 'Northside Youth Club', 'Westfield'],
  contacts: ['1-800-555-0199'],
};

function blocked(row: Row): boolean {
  return detectIdentifyingDetails(row.text, { jurisdiction: row.jurisdiction, allow }).some(
    (finding) => finding.level === 'block',
  );
}

describe('the detector on the labelled corpus', () => {
  const blockRows = corpus.filter((row) => row.expect === 'block');
  const safeRows = corpus.filter((row) => row.expect === 'safe');
  const missed = blockRows.filter((row) => !blocked(row));
  const falseAlarms = safeRows.filter(blocked);
  const recall = (blockRows.length - missed.length) / blockRows.length;
  const falsePositiveRate = falseAlarms.length / safeRows.length;

  it('has at least 250 sentences covering every kind of detail, UK and US', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    const kinds = new Set(blockRows.map((row) => row.kind));
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
    ])
      expect(kinds).toContain(kind);
    expect(new Set(corpus.map((row) => row.jurisdiction))).toEqual(new Set(['uk', 'us']));
  });

  it('catches at least 95% of block-level sentences and flags at most 5% of safe ones', () => {
    console.log(
      `privacy detector: recall ${recall.toFixed(3)} (${blockRows.length - missed.length}/${blockRows.length}), false positives ${(falsePositiveRate * 100).toFixed(1)}% (${falseAlarms.length}/${safeRows.length})`,
    );
    for (const row of [...missed, ...falseAlarms])
      console.log(`  ${row.expect === 'block' ? 'missed' : 'false alarm'}: ${row.text}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falsePositiveRate).toBeLessThanOrEqual(0.05);
  });
});
