import type { RuleScan } from '../detector.js';
import { AGGREGATE, GENERIC } from '../lexicon.js';
import { givenNameCount } from '../names.js';

/**
 * What the learned second opinion sees of a text: its words (lower-cased unigrams and bigrams, numbers reduced to
 * their shape, so "Year 8" and "Year 9" are one feature and no number is ever learned), and optionally a few cues
 * (negation, plurals, counting, guidance) and what the rules found (each finding's kind, level and score, harm words,
 * a reference to one person, a given name). Each is hashed into a fixed number of buckets, so the model's size never
 * grows with its vocabulary; a feature is present or not (binary).
 *
 * The words alone are used: in leave-one-writer-out validation the rules' view made the model worse on a writer it
 * had not seen (the rules were tuned on two of the five sets, where they are nearly always right, so the model learnt
 * to echo them); scripts/train-privacy-model.ts prints both.
 */
export type FeatureSet = 'words' | 'words+rules';
export const FEATURE_SET: FeatureSet = 'words';

export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;

/** FNV-1a, 32 bits, carried on from `hash`: fast, and the same on every machine (the committed weights depend on it). */
function fnv(text: string, hash = 0x811c9dc5): number {
  let next = hash;
  for (let at = 0; at < text.length; at++) next = Math.imul(next ^ text.charCodeAt(at), 0x01000193);
  return next >>> 0;
}
export const hash32 = (text: string) => fnv(text);

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

/** The cue and rule features of a text (its words apart). */
function cueNames(text: string, scan: RuleScan, wordCount: number): string[] {
  const names = [`len:${level(Math.floor(wordCount / 8), 5)}`];
  const lower = text.toLowerCase().replace(/['’]/g, '');
  if (NEGATION.test(lower)) names.push('cue:negation');
  if (PLURAL_PEOPLE.test(lower)) names.push('cue:plural-people');
  if (COUNTING.test(lower)) names.push('cue:counting');
  if (GENERIC.test(text)) names.push('cue:generic');
  names.push(`cue:pronouns:${level(lower.match(ONE_PERSON_PRONOUN)?.length ?? 0, 3)}`);

  let strongest = 'rules:none';
  for (const finding of scan.findings) {
    names.push(`rule:${finding.kind}:${finding.level}`, `rule:${finding.kind}:${Math.round(finding.score * 10)}`);
    if (finding.level === 'block') strongest = 'rules:block';
    else if (strongest === 'rules:none') strongest = 'rules:warn';
  }
  names.push(strongest);
  const harm = level(scan.harm().length, 3);
  const { individual, generic } = scan.cues;
  const given = level(givenNameCount(text, scan.allowed), 2);
  names.push(`harm:${harm}`, `one:${level(individual, 2)}`, `one-generic:${level(generic, 2)}`, `name:${given}`);
  names.push(`harm:${harm > 0}&one:${individual > 0}&name:${given > 0}&generic:${generic > 0}`);
  return names;
}

/** Every feature of a text by name, before hashing (featuresOf hashes the same names without building them). */
export function featureNames(text: string, scan: RuleScan, set: FeatureSet = FEATURE_SET): string[] {
  const words = wordsOf(text);
  const names: string[] = [];
  for (let index = 0; index < words.length; index++)
    names.push(`u:${words[index]}`, `b:${index === 0 ? '^' : words[index - 1]} ${words[index]}`);
  if (words.length > 0) names.push(`b:${words[words.length - 1]} $`);
  return set === 'words' ? names : [...names, ...cueNames(text, scan, words.length)];
}

const UNIGRAM = fnv('u:');
const BIGRAM = fnv('b:');
const MASK = BUCKETS - 1;

/**
 * The hashed features: distinct bucket numbers, ascending (so sums run in one order everywhere). The words are
 * hashed as they are read, one FNV step per character, so a sentence costs no string per word pair.
 */
export function featuresOf(text: string, scan: RuleScan, set: FeatureSet = FEATURE_SET): Int32Array {
  const words = wordsOf(text);
  const buckets: number[] = [];
  let previous = fnv('^', BIGRAM);
  for (const word of words) {
    buckets.push(fnv(word, UNIGRAM) & MASK, fnv(word, fnv(' ', previous)) & MASK);
    previous = fnv(word, BIGRAM);
  }
  if (words.length > 0) buckets.push(fnv(' $', previous) & MASK);
  if (set === 'words+rules') for (const name of cueNames(text, scan, words.length)) buckets.push(bucketOf(name));
  const sorted = Int32Array.from(buckets).sort();
  let distinct = 0;
  for (let index = 0; index < sorted.length; index++)
    if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[distinct++] = sorted[index] as number;
  return sorted.slice(0, distinct);
}
