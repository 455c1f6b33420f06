import { readFileSync } from 'node:fs';
import { type DetectorOptions, detectIdentifyingDetails, type Jurisdiction } from '../../src/domain/privacy/index.js';

/** One labelled sentence; the own corpus names one kind, the held-out set lists several and a writing style. */
export interface LabelledRow {
  text: string;
  expect: 'block' | 'safe' | 'warn';
  kind?: string;
  kinds?: string[];
  jurisdiction: Jurisdiction;
  style?: 'formal' | 'informal';
}

export function loadRows(name: string): LabelledRow[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as LabelledRow[];
}

// Partner staff, organisations and published contacts the coalition's roster would supply.
export const ROSTER_ALLOW: NonNullable<DetectorOptions['allow']> = {
  staffNames: ['Priya Shah', 'Tom Okafor', 'Sam Patel', 'Amina Hussain', 'Maria Lopez'],
  organisations: ["St Mary's Primary", 'Northside Health', 'Northside Youth Club', 'Westfield'],
  contacts: ['1-800-555-0199', '0113 496 0000', 'hello@northside.org'],
};

/** A disclosure about an unnamed child that no hand-written rule finds and the learned model refuses. */
export const MODEL_ONLY_DISCLOSURE =
  'home visit today: 3 yr old alone in the flat for an hour, no food in the cupboards and the heating was off';

export type Outcome = 'block' | 'warn' | 'pass';

export function outcomeOf(row: LabelledRow): Outcome {
  const levels = detectIdentifyingDetails(row.text, { jurisdiction: row.jurisdiction, allow: ROSTER_ALLOW }).map(
    (finding) => finding.level,
  );
  return levels.includes('block') ? 'block' : levels.includes('warn') ? 'warn' : 'pass';
}

interface Ratio {
  hit: number;
  of: number;
}
const ratio = ({ hit, of }: Ratio) => (of === 0 ? 'n/a' : `${(hit / of).toFixed(3)} (${hit}/${of})`);

export interface Scores {
  recall: number;
  falsePositiveRate: number;
  lines: string[];
}

/**
 * Aggregate figures only: recall on block, false positives on safe (block level, and block or warn), what happened
 * to warn rows, recall per kind, per style and per jurisdiction. Never a sentence, so a held-out set stays unseen.
 */
export function score(rows: LabelledRow[]): Scores {
  const outcomes = rows.map((row) => ({ row, outcome: outcomeOf(row) }));
  const block = outcomes.filter(({ row }) => row.expect === 'block');
  const safe = outcomes.filter(({ row }) => row.expect === 'safe');
  const warn = outcomes.filter(({ row }) => row.expect === 'warn');
  const caught = block.filter(({ outcome }) => outcome === 'block').length;
  const falseBlocks = safe.filter(({ outcome }) => outcome === 'block').length;
  const falseFlags = safe.filter(({ outcome }) => outcome !== 'pass').length;
  const lines = [
    `recall on block: ${ratio({ hit: caught, of: block.length })}; caught at warn level: ${block.filter(({ outcome }) => outcome === 'warn').length}`,
    `false positives on safe (blocked): ${ratio({ hit: falseBlocks, of: safe.length })}; flagged at any level: ${ratio({ hit: falseFlags, of: safe.length })}`,
    `warn rows: ${warn.length} → blocked ${warn.filter(({ outcome }) => outcome === 'block').length}, warned ${warn.filter(({ outcome }) => outcome === 'warn').length}, passed ${warn.filter(({ outcome }) => outcome === 'pass').length}`,
  ];
  const kinds = [...new Set(block.flatMap(({ row }) => row.kinds ?? (row.kind ? [row.kind] : [])))].sort();
  for (const kind of kinds) {
    const withKind = block.filter(({ row }) => (row.kinds ?? [row.kind]).includes(kind));
    lines.push(
      `  recall, ${kind}: ${ratio({ hit: withKind.filter(({ outcome }) => outcome === 'block').length, of: withKind.length })}`,
    );
  }
  for (const [label, pick] of [
    ['informal', (row: LabelledRow) => row.style === 'informal'],
    ['formal', (row: LabelledRow) => row.style === 'formal'],
    ['uk', (row: LabelledRow) => row.jurisdiction === 'uk'],
    ['us', (row: LabelledRow) => row.jurisdiction === 'us'],
  ] as const) {
    const blockPart = block.filter(({ row }) => pick(row));
    const safePart = safe.filter(({ row }) => pick(row));
    if (blockPart.length + safePart.length === 0) continue;
    lines.push(
      `  ${label}: recall ${ratio({ hit: blockPart.filter(({ outcome }) => outcome === 'block').length, of: blockPart.length })}, false positives ${ratio({ hit: safePart.filter(({ outcome }) => outcome === 'block').length, of: safePart.length })}`,
    );
  }
  return {
    recall: block.length === 0 ? 1 : caught / block.length,
    falsePositiveRate: safe.length === 0 ? 0 : falseBlocks / safe.length,
    lines,
  };
}
