import type { RuleScan } from '../detector.js';
import { individualCues } from '../disclosure.js';
import { AGGREGATE, GENERIC } from '../lexicon.js';
import { givenNameCount } from '../names.js';

/**
 * What the learned second opinion sees of a text: its words (lower-cased unigrams and bigrams, numbers reduced to
 * their shape, so "Year 8" and "Year 9" are one feature and no number is ever learned), a few cues (negation, plurals,
 * counting, guidance), and what the rules found (each finding's kind, level and score, harm words, a reference to one
 * person, a given name). Each is hashed into a fixed number of buckets, so the model's size never grows with its
 * vocabulary; a feature is present or not (binary).
 */
export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;

/** FNV-1a, 32 bits: fast, and the same number on every machine (the committed weights depend on it). */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const bucketOf = (feature: string) => hash32(feature) & (BUCKETS - 1);

/** Lower case, apostrophes dropped ("hasn't" → "hasnt", "liam's" → "liams"), numbers as shapes ("13" → "#2"). */
export function wordsOf(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .match(/[a-z]+|\d+/g);
  if (!words) return [];
  return words.map((word) => (word.charCodeAt(0) <= 57 ? `#${Math.min(word.length, 5)}` : word));
}

const NEGATION = /\b(?:not|no|never|none|nobody|nothing|without|isnt|wasnt|doesnt|didnt|hasnt|havent|wont|cant)\b/;
const PLURAL_PEOPLE =
  /\b(?:children|kids|young people|pupils|students|families|parents|girls|boys|teens|teenagers|learners|cases|referrals)\b/;
const ONE_PERSON_PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/g;
const COUNTING = new RegExp(String.raw`\b(?:${AGGREGATE}|\d+ (?:of|out of|in) (?:our|the|\d+)|per cent|percent|%)`);

const level = (count: number, cap: number) => Math.min(count, cap);

/** The names of every feature of a text, before hashing: the words, the cues and the rules' view. */
export function featureNames(text: string, scan: RuleScan): string[] {
  const words = wordsOf(text);
  const names: string[] = [];
  for (let index = 0; index < words.length; index++) {
    names.push(`u:${words[index]}`);
    names.push(`b:${index === 0 ? '^' : words[index - 1]} ${words[index]}`);
  }
  if (words.length > 0) names.push(`b:${words[words.length - 1]} $`);
  names.push(`len:${level(Math.floor(words.length / 8), 5)}`);

  const lower = text.toLowerCase().replace(/['’]/g, '');
  if (NEGATION.test(lower)) names.push('cue:negation');
  if (PLURAL_PEOPLE.test(lower)) names.push('cue:plural-people');
  if (COUNTING.test(lower)) names.push('cue:counting');
  if (GENERIC.test(text)) names.push('cue:generic');
  names.push(`cue:pronouns:${level(lower.match(ONE_PERSON_PRONOUN)?.length ?? 0, 3)}`);

  const strongest = new Map<string, number>();
  for (const finding of scan.findings) {
    names.push(`rule:${finding.kind}:${finding.level}`, `rule:${finding.kind}:${Math.round(finding.score * 10)}`);
    strongest.set(finding.level, Math.max(strongest.get(finding.level) ?? 0, finding.score));
  }
  names.push(strongest.has('block') ? 'rules:block' : strongest.has('warn') ? 'rules:warn' : 'rules:none');
  const harm = level(scan.harm().length, 3);
  const { individual, generic } = individualCues(text);
  const given = level(givenNameCount(text, scan.allowed), 2);
  names.push(`harm:${harm}`, `one:${level(individual, 2)}`, `one-generic:${level(generic, 2)}`, `name:${given}`);
  names.push(`harm:${harm > 0}&one:${individual > 0}&name:${given > 0}&generic:${generic > 0}`);
  return names;
}

/** The hashed features: distinct bucket numbers, ascending (so sums run in one order everywhere). */
export function featuresOf(text: string, scan: RuleScan): Int32Array {
  const buckets = new Set<number>();
  for (const name of featureNames(text, scan)) buckets.add(bucketOf(name));
  return Int32Array.from(buckets).sort();
}
