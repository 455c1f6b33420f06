import type { Finding, FindingKind, Jurisdiction } from './types.js';

/**
 * The shape of Microsoft Presidio's pattern recognizers (presidio-analyzer `PatternRecognizer`): named patterns with
 * a base score, an optional checksum that confirms or rejects a match, and context words near the match that raise
 * the score (or, here, also lower it). Written in our own code; only the structure and the format facts are borrowed.
 */
export interface Pattern {
  name: string;
  regex: RegExp;
  score: number;
}

export interface Recognizer {
  kind: FindingKind;
  jurisdictions: readonly Jurisdiction[];
  patterns: Pattern[];
  /** A checksum or format rule: true raises the score by VALIDATED_BOOST, false drops the match, undefined leaves it. */
  validate?: (value: string) => boolean | undefined;
  /** A label written right before the value ("NHS no:", "student ID") makes it an identifier whatever its checksum. */
  label?: RegExp;
  /** How far before the value the label may start, in characters (default 24). */
  labelReach?: number;
  /** A label outweighs a failed checksum for these values: "NHS no 485 777 3456" mistyped is still someone's number. */
  labelOutweighsChecksum?: (value: string) => boolean;
  /** Words near the match that make it about a person (raise) or about an organisation or event (lower). */
  context?: RegExp;
  againstContext?: RegExp;
  /** How far either side of the match the context words are looked for, in characters. */
  window?: { before: number; after: number };
  /** Rejects a match on its surroundings, e.g. a phone number that is really part of an NHS number. */
  reject?: (text: string, start: number, end: number) => boolean;
}

export const BLOCK_AT = 0.6;
export const WARN_AT = 0.4;
// Presidio's LemmaContextAwareEnhancer raises a match with a context word by 0.35 (context_similarity_factor) to at
// least 0.4 (min_score_with_context_similarity); we use the same step both ways.
const CONTEXT_STEP = 0.35;
const AGAINST_STEP = 0.45;
const VALIDATED_BOOST = 0.25;
const LABELLED_SCORE = 0.8;
const LABEL_REACH = 24;

export function levelOf(score: number): Finding['level'] | undefined {
  if (score >= BLOCK_AT) return 'block';
  if (score >= WARN_AT) return 'warn';
  return undefined;
}

const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();
/** matchAll needs the g flag; each pattern is compiled with it once. */
function globalCopy(regex: RegExp): RegExp {
  let copy = GLOBAL_COPIES.get(regex);
  if (!copy) {
    copy = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
    GLOBAL_COPIES.set(regex, copy);
  }
  return copy;
}

function scoreMatch(recognizer: Recognizer, text: string, base: number, value: string, start: number, end: number) {
  const verdict = recognizer.validate?.(value);
  const labelled =
    recognizer.label?.test(text.slice(Math.max(0, start - (recognizer.labelReach ?? LABEL_REACH)), start)) ?? false;
  // Labelled but impossible: worth a check, not a refusal, unless the label alone names the identifier.
  if (verdict === false) return labelled ? (recognizer.labelOutweighsChecksum?.(value) ? LABELLED_SCORE : WARN_AT) : 0;
  let score = verdict === true ? base + VALIDATED_BOOST : base;
  if (labelled) score = Math.max(score, LABELLED_SCORE);
  const window = recognizer.window ?? { before: 80, after: 40 };
  const around = `${text.slice(Math.max(0, start - window.before), start)} ${text.slice(end, end + window.after)}`;
  if (recognizer.context?.test(around)) score = Math.max(score + CONTEXT_STEP, WARN_AT);
  // An organisation's word outweighs a family's: "the toddler group for dads at the library, 2 Market Place".
  if (!labelled && recognizer.againstContext?.test(around)) score -= AGAINST_STEP;
  return Math.min(1, Math.round(score * 100) / 100); // 0.7 + 0.35 − 0.45 is 0.6, not 0.5999…
}

/** Every match of a recognizer in the text, scored; matches below WARN_AT are left out. */
export function recognize(recognizer: Recognizer, text: string, jurisdiction: Jurisdiction): Finding[] {
  if (!recognizer.jurisdictions.includes(jurisdiction)) return [];
  const findings: Finding[] = [];
  for (const pattern of recognizer.patterns) {
    for (const match of text.matchAll(globalCopy(pattern.regex))) {
      const value = match[0];
      const start = match.index ?? 0;
      const end = start + value.length;
      if (recognizer.reject?.(text, start, end)) continue;
      const score = scoreMatch(recognizer, text, pattern.score, value, start, end);
      const level = levelOf(score);
      if (level) findings.push({ kind: recognizer.kind, start, end, score, level });
    }
  }
  return findings;
}
