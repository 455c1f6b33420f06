import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectIdentifyingDetails, type Finding, type Jurisdiction } from '../../../../src/domain/privacy/index.js';

// The privacy service scans without the allow list first and reads the roster only when something is found
// (src/services/privacy.ts): that is only right while an allow list can remove findings and never add one.
const corpus = JSON.parse(
  readFileSync(new URL('../../../fixtures/privacy-corpus.json', import.meta.url), 'utf8'),
) as Array<{ text: string; jurisdiction: Jurisdiction }>;

const key = (finding: Finding) => `${finding.kind}:${finding.start}:${finding.end}:${finding.level}`;

describe('an allow list', () => {
  it('only ever removes findings (or uncovers one a removed finding outranked), whatever it holds', () => {
    const row = fc.constantFrom(...corpus);
    const words = (text: string) => text.split(/[\s,.;:!?]+/).filter(Boolean);
    fc.assert(
      fc.property(row, fc.array(fc.nat(), { maxLength: 6 }), fc.string(), ({ text, jurisdiction }, picks, extra) => {
        const pool = [...words(text), extra];
        const pick = (offset: number) => picks.map((index) => pool[(index + offset) % pool.length] ?? '');
        const allow = { staffNames: pick(0), organisations: pick(1), contacts: [...pick(2), text.slice(0, 12)] };
        const without = detectIdentifyingDetails(text, { jurisdiction });
        const withAllow = detectIdentifyingDetails(text, { jurisdiction, allow });
        // A finding may only come to light where the list removed a stronger one that overlapped it ("a 7-year-old
        // called Ruby turned up alone": with Ruby listed, the disclosure the name outranked is what is left).
        const kept = new Set(withAllow.map(key));
        const removed = without.filter((finding) => !kept.has(key(finding)));
        const known = new Set(without.map(key));
        const uncovered = withAllow.filter(
          (finding) =>
            !known.has(key(finding)) && !removed.some((gone) => finding.start < gone.end && gone.start < finding.end),
        );
        expect(uncovered).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
