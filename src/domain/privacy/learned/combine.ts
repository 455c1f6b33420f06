import type { RuleScan } from '../detector.js';
import { givenNameCount } from '../names.js';
import { colleaguesNews, writersOwnNews } from '../own-news.js';
import type { Finding, FindingKind } from '../types.js';
import { FEATURE_SET, type FeatureSet, featuresOf } from './features.js';
import { decodeWeights, type LinearModel, probabilityOf } from './model.js';
import { MODEL } from './weights.generated.js';

/**
 * How the rules and the model combine, chosen by leave-one-writer-out cross-validation (scripts/train-privacy-model.ts
 * prints the table): the rules block as before; the model also blocks when it is sure (p ≥ blockAbove), turns a
 * weak rule finding into a warning when it is sure the text is safe (p ≤ clearBelow), and a stronger one (a name in
 * a child shape, below 0.8) only when it is surer still (p ≤ clearStrongBelow).
 */
export interface Thresholds {
  blockAbove: number;
  clearBelow: number;
  clearStrongBelow: number;
}
export const THRESHOLDS: Thresholds = { blockAbove: 0.9, clearBelow: 0.05, clearStrongBelow: 0.005 };
/**
 * The most a rule finding may score and still be softened by the model; kinds not listed (checksums, labelled
 * references, dates of birth) never are. A disclosure at the rule's ordinary 0.75 may be; a name only below 0.7
 * (beside harm or child life, not in a strong shape such as an age, a year group or kin), because the rules' own
 * corpus names children in shapes the other writers seldom used and the model would clear them.
 */
const CLEARABLE_BELOW: Partial<Record<FindingKind, number>> = {
  concern_disclosure: 0.8,
  child_name: 0.7,
  phone: 0.7,
  email: 0.7,
  postcode: 0.7,
  street_address: 0.7,
};
const STRONG_CLEARABLE_BELOW = 0.8;

let model: LinearModel | undefined;
export function loadedModel(): LinearModel {
  model ??= { bias: MODEL.bias, scale: MODEL.scale, weights: decodeWeights(MODEL.weights) };
  return model;
}

/**
 * Kinds the words around them decide (a child's phone or a hub's), which the model can weigh. The others rest on a
 * checksum, a label or a date, which it cannot judge (it sees a number only as its shape): their verdict stands both
 * ways, so a mistyped labelled NHS number stays worth a check, not a refusal.
 */
const weighable = (finding: Finding) => finding.kind in CLEARABLE_BELOW;

export function clearable(finding: Finding, probability: number, thresholds: Thresholds = THRESHOLDS): boolean {
  if (finding.level !== 'block' || !weighable(finding)) return false;
  if (probability <= thresholds.clearBelow && finding.score < (CLEARABLE_BELOW[finding.kind] ?? 0)) return true;
  return probability <= thresholds.clearStrongBelow && finding.score < STRONG_CLEARABLE_BELOW;
}

/** Where in the text the model is surest it must be held back: a sentence of it, or the whole. */
export interface Span {
  start: number;
  end: number;
}

/** With nothing found by the rules, the model's finding spans the sentence it weighed highest, not a word of it. */
function modelFinding(text: string, score: number, scan: RuleScan, span: Span): Finding {
  const sentence = text.slice(span.start, span.end);
  const start = span.start + (sentence.length - sentence.trimStart().length);
  const end = span.start + sentence.trimEnd().length;
  // A name and no harm word: most likely a named child in ordinary news ("well done to Ava in Y4").
  const named = scan.harm().length === 0 && givenNameCount(sentence, scan.allowed) > 0;
  const kind: FindingKind = named ? 'child_name' : 'concern_disclosure';
  return { kind, start, end, score, level: 'block' };
}

/** The decision both ways, given the model's probability that the text must be held back. */
export function combine(
  text: string,
  scan: RuleScan,
  probability: number,
  thresholds: Thresholds = THRESHOLDS,
  span: Span = { start: 0, end: text.length },
): Finding[] {
  const { findings } = scan;
  if (probability >= thresholds.blockAbove && !findings.some((finding) => finding.level === 'block')) {
    // A published contact is the coalition's own word that the text is about a service, which the model cannot know.
    if (scan.published || !findings.every(weighable)) return findings;
    // The writer's own family is told of in everyday words the model learnt as a child's; the rules know it apart.
    const surest = text.slice(span.start, span.end);
    if (writersOwnNews(surest) || colleaguesNews(surest)) return findings;
    const score = Math.round(probability * 100) / 100;
    if (findings.length === 0) return [modelFinding(text, score, scan, span)];
    // A warning the model is sure about becomes a refusal, keeping its kind: "the 13 yr old's mobile is …".
    return findings.map((finding) => ({ ...finding, score: Math.max(finding.score, score), level: 'block' }));
  }
  return findings.map((finding) =>
    clearable(finding, probability, thresholds) ? { ...finding, level: 'warn' } : finding,
  );
}

// A sentence ends where a capital follows its full stop ("Ms. Alvarez", "A.J." and "0.08" stay whole), or at a
// line break: the model learnt from single sentences, so a long answer is weighed a sentence at a time.
const SENTENCE_END = /(?<=(?<!\b(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|[A-Z]))[.!?])\s+(?=[A-Z"“(])|\n+/g;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    spans.push({ start, end: end.index });
    start = end.index + end[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.filter((span) => /\w/.test(text.slice(span.start, span.end)));
}

/**
 * How sure a model is that the text must be held back, as a whole and sentence by sentence: the surest reading
 * speaks for the text (it learnt from rows of one or two sentences, so a long answer must not dilute one).
 */
export function opinionOf(
  text: string,
  scan: RuleScan,
  model: LinearModel,
  set: FeatureSet = FEATURE_SET,
): { probability: number; span: Span } {
  let span: Span = { start: 0, end: text.length };
  let probability = probabilityOf(featuresOf(text, scan, set), model);
  const sentences = sentenceSpans(text);
  if (sentences.length === 1) return { probability, span };
  for (const sentence of sentences) {
    const sentenceProbability = probabilityOf(featuresOf(text.slice(sentence.start, sentence.end), scan, set), model);
    if (sentenceProbability > probability) [probability, span] = [sentenceProbability, sentence];
  }
  return { probability, span };
}

export function withSecondOpinion(text: string, scan: RuleScan): Finding[] {
  const { probability, span } = opinionOf(text, scan, loadedModel());
  return combine(text, scan, probability, THRESHOLDS, span);
}
