import type { RuleScan } from '../detector.js';
import { givenNameCount } from '../names.js';
import type { Finding, FindingKind } from '../types.js';
import { featuresOf } from './features.js';
import { decodeWeights, type LinearModel, probabilityOf } from './model.js';
import { MODEL } from './weights.generated.js';

/**
 * How the rules and the model combine, chosen by leave-one-writer-out cross-validation (scripts/train-privacy-model.ts
 * prints the table): the rules block as before; the model also blocks when it is sure (p ≥ blockAbove), and turns a
 * weak rule finding into a warning when it is sure the text is safe (p ≤ clearBelow).
 */
export interface Thresholds {
  blockAbove: number;
  clearBelow: number;
}
export const THRESHOLDS: Thresholds = { blockAbove: 0.9, clearBelow: 0.1 };
/** Only these kinds, and only below this score, may the model soften; checksums and labels it never touches. */
const CLEARABLE: ReadonlySet<FindingKind> = new Set([
  'concern_disclosure',
  'child_name',
  'phone',
  'email',
  'postcode',
  'street_address',
]);
export const WEAK_BELOW = 0.8;

let model: LinearModel | undefined;
export function loadedModel(): LinearModel {
  model ??= { bias: MODEL.bias, weights: decodeWeights(MODEL.weights) };
  return model;
}

export function clearable(finding: Finding): boolean {
  return finding.level === 'block' && CLEARABLE.has(finding.kind) && finding.score < WEAK_BELOW;
}

/** The model's finding spans the whole text: it weighs the text as a whole, not a word of it. */
function modelFinding(text: string, probability: number, scan: RuleScan): Finding {
  const start = text.length - text.trimStart().length;
  // A name and no harm word: most likely a named child in ordinary news ("well done to Ava in Y4").
  const named = scan.harm().length === 0 && givenNameCount(text, scan.allowed) > 0;
  const kind: FindingKind = named ? 'child_name' : 'concern_disclosure';
  return { kind, start, end: text.trimEnd().length, score: Math.round(probability * 100) / 100, level: 'block' };
}

/** The decision both ways, given the model's probability that the text must be held back. */
export function combine(
  text: string,
  scan: RuleScan,
  probability: number,
  { blockAbove, clearBelow }: Thresholds = THRESHOLDS,
): Finding[] {
  const { findings } = scan;
  if (probability >= blockAbove && !findings.some((finding) => finding.level === 'block'))
    return [...findings, modelFinding(text, probability, scan)];
  if (probability <= clearBelow)
    return findings.map((finding) => (clearable(finding) ? { ...finding, level: 'warn' } : finding));
  return findings;
}

export function withSecondOpinion(text: string, scan: RuleScan): Finding[] {
  return combine(text, scan, probabilityOf(featuresOf(text, scan), loadedModel()));
}
