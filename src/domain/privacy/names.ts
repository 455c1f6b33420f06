import nlp from 'compromise';
import { isListedGivenName } from './given-names.js';
import { harmStarts } from './harm-words.js';
import { DISCLOSURE_VERB, GENERIC, NOT_NAMES } from './lexicon.js';
import {
  ADULT_AFTER,
  AGE_AFTER,
  BARE_AGE_AFTER,
  BIRTHDAY_AFTER,
  CHILD_APPOSITION,
  CHILD_BEFORE,
  CHILD_LIFE,
  CHILD_NOUN,
  FAMILY_AFTER,
  inOrganisationName,
  KIN_AFTER,
  ROLE_BEFORE,
  TELLS_OF_FAMILY,
  THANKS_BEFORE,
  TITLE_BEFORE,
  WITH_FAMILY_AFTER,
  YEAR_AFTER,
} from './name-shapes.js';
import type { Finding } from './types.js';

/**
 * Person names come from compromise (a maintained NLP library): its lexicon of several thousand given names and
 * surnames, and its tagger (`.people()`) where a word is both a name and an ordinary word ("mark", "grace").
 * A name alone is not a finding; a name in child context is ("Mia-Rose (Y4)", "liams brother", "Ava, 11,").
 */
const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

// Built once from compromise's lexicon, so each word costs one lookup while scanning.
const GIVEN = new Set<string>();
const ONLY_NAME = new Set<string>();
const SURNAME = new Set<string>();
const KNOWN = new Set<string>();
const NOT_A_PERSON = new Set<string>();
const SAYS_NOT_A_PERSON =
  /^(?:Place|City|Country|Region|Organization|SportsTeam|Month|WeekDay|Date|Demonym|Adjective|Comparative|Superlative|Determiner|Pronoun|Preposition|Conjunction|Modal|Copula|Value|Cardinal|Ordinal|QuestionWord|Adverb|Verb|Infinitive|PastTense|PresentTense|Gerund|Plural|Possessive|Expression|Negative|Condition|Unit|Abbreviation|Acronym)$/;
for (const [word, entry] of Object.entries(LEXICON)) {
  const tags = Array.isArray(entry) ? entry : String(entry).split(',');
  KNOWN.add(word);
  if (tags.some((tag) => /^(?:MaleName|FemaleName|FirstName|Person)$/.test(tag))) GIVEN.add(word);
  // Names compromise knows only as names; "FirstName" and "Person" words ("mark", "jordan") can be ordinary words.
  if (tags.includes('MaleName') || tags.includes('FemaleName')) ONLY_NAME.add(word);
  if (tags.includes('LastName')) SURNAME.add(word);
  if (tags.some((tag) => SAYS_NOT_A_PERSON.test(tag))) NOT_A_PERSON.add(word);
}

interface Token {
  raw: string;
  lower: string;
  start: number;
  end: number;
  possessive: boolean;
}

const TOKEN = /(?:[A-Z]\.){1,3}[A-Z]?|\p{L}[\p{L}'’-]*/gu;

function tokens(clause: string, offset: number): Token[] {
  const list: Token[] = [];
  for (const match of clause.matchAll(TOKEN)) {
    let raw = match[0];
    let possessive = false;
    if (/['’-]/.test(raw)) {
      possessive = /['’]s?$/i.test(raw);
      raw = raw.replace(/['’-]+$/, '');
      possessive ||= /['’]s$/i.test(raw);
    }
    let lower = possessive ? raw.toLowerCase().replace(/['’]s$/, '') : raw.toLowerCase();
    // "Chloé", "Zoë": compromise's lexicon spells names without accents.
    if (/[^a-z'’.-]/.test(lower)) lower = lower.normalize('NFD').replace(/\p{Diacritic}/gu, '');
    const start = offset + (match.index ?? 0);
    list.push({ raw, lower, start, end: start + raw.length, possessive });
  }
  return list;
}

const listed = (lower: string) => !KNOWN.has(lower) && isListedGivenName(lower);

/** given: known as a name; ambiguous: a name and a word, the tagger decides; weak: only in the strongest shapes. */
type Candidate = 'given' | 'ambiguous' | 'initials' | 'weak' | 'unknown' | 'lowercase';

function candidate(token: Token, atStart: boolean, followingText: string): Candidate | undefined {
  const { raw, lower } = token;
  if (raw.includes('.')) return /^(?:[A-Z]\.){1,3}[A-Z]?$/.test(raw) && raw.length >= 3 ? 'initials' : undefined;
  if (NOT_NAMES.has(lower) || lower.length < 2) return undefined;
  const first = raw.charCodeAt(0);
  const capitalised = first >= 65 && first <= 90 && /^(?:O['’]|Mc|Mac)?[A-Z][\p{Ll}'’]/u.test(raw);
  if (ONLY_NAME.has(lower)) return 'given';
  if (lower.includes('-') && lower.split('-').some((part) => GIVEN.has(part) || listed(part))) return 'given';
  if (GIVEN.has(lower)) return capitalised ? 'given' : 'ambiguous';
  // On the longer list only: a name when capitalised mid-sentence, otherwise only in the strongest shapes.
  if (listed(lower) && /^[A-Z]?[a-z]/.test(raw)) return capitalised && !atStart ? 'given' : 'weak';
  // A possessive written without its apostrophe: "liams brother", "jacks sister".
  const stem = lower.slice(0, -1);
  const stemIsName = GIVEN.has(stem) || listed(stem) || (isListedGivenName(stem) && KIN_AFTER.test(followingText));
  if (lower.endsWith('s') && stemIsName && !/^[A-Z]{2}/.test(raw)) {
    const plainWord = KNOWN.has(lower); // "jacks", "marks": a verb or plural too, so only before kin
    if (!plainWord || KIN_AFTER.test(followingText)) {
      token.possessive = true;
      return 'given';
    }
  }
  // "lewiss mum", "lewis's mum": a lowercase name the lexicon files as a surname, before kin.
  if (!capitalised && token.possessive && SURNAME.has(lower) && KIN_AFTER.test(followingText)) return 'given';
  if (!capitalised) return !KNOWN.has(lower) && /^[a-z][a-z'’-]+$/.test(raw) ? 'lowercase' : undefined;
  if (NOT_A_PERSON.has(lower)) return undefined;
  if (SURNAME.has(lower)) return 'weak';
  return !KNOWN.has(lower) && !atStart ? 'unknown' : 'weak';
}

/** compromise's tagger decides whether an ambiguous word is a person here ("mark" the name, not the verb). */
function taggedAsPerson(clause: string, word: string): boolean {
  return nlp(clause)
    .people()
    .out('array')
    .some((name: string) =>
      name
        .toLowerCase()
        .split(/[\s,]+/)
        .includes(word),
    );
}

const STRONG = 0.75;
const SIBLING_AFTER = /^\s+(?:(?:little|baby|big|older|younger|twin)\s+)?(?:brother|sister|sis|bro|siblings?|twin)\b/i;
// "the network in Year 2", "our group (14)": a word after these is a thing, not a child's name.
const DETERMINERS = new Set(
  'the a an our my your their his her this that these those every each any some no its'.split(' '),
);
// A lowercase word we cannot check is read as a name only right before a year group or an age: "tj in yr 8".
const TIGHT_AFTER =
  /^\s*\(\s*(?:y|yr|year)?\s?\d{1,2}\s*\)|^\s+(?:in\s+)?(?:y|yr|year)\s?\d{1,2}\b|^\s*,\s*\d{1,2}\s*,|^\s+aged?\s+\d/i;

const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ure|ogy|ics)$/;

// "the bowling alley", "a new grace period": a lowercase word after an article and a plain word is a noun phrase's
// head. A child noun between ("the twins ruby and…", "a lad called jay") still leaves room for a name.
const ARTICLES = new Set('the a an this that these those every each any some no its'.split(' '));
// …and so does a time: "this morning ruby in yr 3 told us", "the other day jack…".
const CHILD_WORD = new RegExp(
  `^(?:${CHILD_NOUN}s?|called|named|aka|little|lil|wee|baby|morning|afternoon|evening|night|day|week|weekend|term|time|session|lunchtime|year|month)$`,
  'i',
);
function nounAfterArticle(list: Token[], index: number): boolean {
  const token = list[index] as Token;
  const previous = list[index - 1];
  const beforeThat = list[index - 2];
  if (!/^[a-z]/.test(token.raw) || !previous || !beforeThat) return false;
  // One phrase only: "win of the week: jamal in Y11" has a colon between.
  if (previous.end + 1 !== token.start || beforeThat.end + 1 !== previous.start) return false;
  return ARTICLES.has(beforeThat.lower) && /^[a-z]+$/.test(previous.raw) && !CHILD_WORD.test(previous.raw);
}

/** compromise tags an unknown lowercase word: a singular noun may be a name, a plural or a pronoun is not. */
function taggedAsSingular(clause: string, word: string): boolean {
  const term = nlp(clause)
    .json()
    .flatMap((sentence: { terms: Array<{ normal: string; tags: string[] }> }) => sentence.terms)
    .find((entry: { normal: string }) => entry.normal === word);
  return Boolean(term?.tags.includes('Singular') && !term.tags.some((tag: string) => /Plural|Pronoun|Actor/.test(tag)));
}
// "Oakfield, 12, and Brookside, 9, were the schools…": capitalised words we cannot check, in a sentence about places.
const PLACES_AND_ORGANISATIONS =
  /\b(?:schools|academies|primaries|clubs|teams|partners|practices|surgeries|churches|organisations|organizations|wards|areas|towns|villages|districts|boroughs|counties|sites|centres|centers|hubs|estates|streets|localities|settings)\b/i;

/** What a clause says as a whole, worked out once and only when a name in it needs it. */
class ClauseFacts {
  #generic: boolean | undefined;
  #places: boolean | undefined;
  constructor(
    readonly clause: string,
    readonly offset: number,
    readonly harm: () => number[],
  ) {}
  /** Harm or disclosure words after this point of the text, within the clause. */
  harmAfter(position: number): boolean {
    const end = this.offset + this.clause.length;
    return this.harm().some((start) => start >= position && start < end);
  }
  get generic(): boolean {
    this.#generic ??= GENERIC.test(this.clause);
    return this.#generic;
  }
  get placesAndOrganisations(): boolean {
    this.#places ??= PLACES_AND_ORGANISATIONS.test(this.clause);
    return this.#places;
  }
}

function strongShape(token: Token, before: string, after: string, kind: Candidate): boolean {
  // Past an initial ("Lily A.", "maya j."), a suffix ("Carlos jr.") or a surname.
  const afterInitial = after
    .replace(/^\s+(?:[A-Z]\.?|[a-z]\.|jr\.?|sr\.?|[a-z](?=\s+(?:in|from)\b|\s*[,(]))(?=[\s,.(]|$)/, '')
    .replace(/^\s+[A-Z][a-z]+(?=[\s,(])/, '');
  return (
    AGE_AFTER.test(afterInitial) ||
    ((kind === 'given' || (kind === 'weak' && listed(token.lower))) && BARE_AGE_AFTER.test(afterInitial)) ||
    (token.possessive && BIRTHDAY_AFTER.test(after)) ||
    YEAR_AFTER.test(afterInitial) ||
    CHILD_APPOSITION.test(afterInitial) ||
    (token.possessive && KIN_AFTER.test(after)) ||
    CHILD_BEFORE.test(before)
  );
}

/** How strongly the words around a name say it is a child's (0 when they say it is an adult's or say nothing). */
function childContext(text: string, token: Token, facts: ClauseFacts, kind: Candidate): number {
  const before = text.slice(Math.max(0, token.start - 45), token.start);
  const after = text.slice(token.end, token.end + 60);
  let score = 0;
  if (strongShape(token, before, after, kind)) score = STRONG;
  else if (kind === 'weak' || kind === 'unknown')
    score = TELLS_OF_FAMILY.test(after) && facts.harmAfter(token.end) ? STRONG : 0;
  else if (facts.harmAfter(token.end) && !facts.generic) score = DISCLOSURE_VERB.test(after) ? STRONG : 0.65;
  else if (CHILD_LIFE.test(after) || WITH_FAMILY_AFTER.test(after)) score = 0.65;
  // "Maisie's teacher": the role after a possessive is someone else's.
  if (
    score === 0 ||
    TITLE_BEFORE.test(before) ||
    ROLE_BEFORE.test(before) ||
    (!(token.possessive && KIN_AFTER.test(after)) && ADULT_AFTER.test(after))
  )
    return 0;
  // "Oakfield, 12, and Brookside, 9, were the schools": a bare number beside a word we cannot check, among places.
  if ((kind === 'weak' || kind === 'unknown') && facts.placesAndOrganisations && /^\s*,?\s*\d/.test(after)) return 0;
  if (kind !== 'lowercase' && inOrganisationName(text, token.start, token.end)) return 0;
  return score < STRONG && THANKS_BEFORE.test(before) ? score - 0.35 : score;
}

const SETTING_WORDS = new Set(
  'estate estates village town city street road block flats area local neighbourhood neighborhood community church mosque temple school club team youth foster care camp summer holiday weekend afterschool after-school nursery centre center hub shelter refuge hostel ward unit farm park beach pool rec gym dance drama choir band scout guide council county state district parish rural urban inner-city travelling traveller traveler refugee migrant asylum'.split(
    ' ',
  ),
);

/** "the Okonkwo kids", "the smith children": a family named by its surname, whoever is on the roster. */
function familySurname(text: string, token: Token): boolean {
  if (!FAMILY_AFTER.test(text.slice(token.end, token.end + 20).replace(/^['’]s?/, ''))) return false;
  // "the estate kids", "the village children": a place or a setting, not a family.
  if (SETTING_WORDS.has(token.lower)) return false;
  const entry = LEXICON[token.lower];
  return !NOT_NAMES.has(token.lower) && !NOT_A_PERSON.has(token.lower) && !String(entry ?? '').includes('Noun');
}

/** The child-context score of one token, 0 when it is not a name or not in child context. */
function scoreToken(text: string, list: Token[], index: number, allowed: Set<string>, facts: ClauseFacts) {
  const token = list[index] as Token;
  if (index > 0 && list[index - 1]?.lower === 'the' && familySurname(text, token)) return STRONG;
  const following = text.slice(token.end, token.end + 30);
  if (allowed.has(token.lower) && !/^\s+[A-Z]\.?(?=[\s,.(]|$)/.test(following)) return 0;
  const kind = candidate(token, index === 0, following);
  if (!kind || nounAfterArticle(list, index)) return 0;
  // A word no list knows as a name that reads as an abstract noun or a harm word: "Child Abuse", "Child Protection".
  // On no name list only: "Trinity", "Florence" and "Constance" are names.
  const unlisted = (kind === 'unknown' || kind === 'weak') && !GIVEN.has(token.lower) && !listed(token.lower);
  if (unlisted && (NOUN_ENDING.test(token.lower) || facts.harm().includes(token.start))) return 0;
  if (kind === 'lowercase') {
    const previous = list[index - 1]?.lower ?? '';
    if (DETERMINERS.has(previous) || !TIGHT_AFTER.test(following)) return 0;
    const first = token.lower.split('-')[0] ?? token.lower;
    return taggedAsSingular(text.slice(token.start, token.end + 20), first) ? STRONG : 0;
  }
  const score = childContext(text, token, facts, kind);
  if (score < 0.6) return 0;
  const around = text.slice(Math.max(facts.offset, token.start - 30), token.end + 30);
  if (kind !== 'ambiguous' || taggedAsPerson(around, token.lower)) return score;
  // "well done to ruby in yr 2", "destinys little brother": the shape itself says person when the tagger cannot.
  const previous = list[index - 1]?.lower ?? '';
  const personSlot = /^(?:to|for|with|and|called|named|congrats|thanks|baby|lil|little)$/.test(previous);
  return score >= STRONG && (personSlot || (token.possessive && SIBLING_AFTER.test(following))) ? score : 0;
}

// A full stop after an initial ("A.J.", "Lily A.") does not end the sentence.
const CLAUSE = /(?:[^.!?;\n]|(?<=\b[A-Z])\.|[.!?](?=\S))+[.!?;\n]*/g;

// Every shape above needs one of these somewhere in the text; most coalition updates have none, and skip the scan.
const ANY_CHILD_CUE =
  /\d|['’]|\b(?:y|yr|yrs|year|grade|grader|aged?|bab(?:y|ies)|toddlers?|child|kids?|pupils?|students?|sons?|daughters?|boys?|girls?|lads?|brothers?|sisters?|siblings?|twins|mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|aunt|auntie|uncle|famil(?:y|ies)|children|household|nursery|reception|pre-?k|kindergarten|kindergartn?ers?|preschool|preschoolers?|graders?|campers?|mentees?|teens?|teenagers?|infants?|newborns?|youngest|eldest|little|lil|siblings|sixth|freshman|sophomore|his|her|called|named|foster|carer|parents?|young person|yp|lac|cla|cin|cp|ehcp|iep|send?|placement|[a-z]+s (?:mum|mom|dad|brother|sister|nan|gran|carer|family))\b/i;

export function childNames(text: string, allowed: Set<string>, harm = () => harmStarts(text)): Finding[] {
  const findings: Finding[] = [];
  if (!ANY_CHILD_CUE.test(text) && harm().length === 0) return findings;
  for (const match of text.matchAll(CLAUSE)) {
    const clause = match[0];
    const offset = match.index ?? 0;
    const list = tokens(clause, offset);
    const facts = new ClauseFacts(clause, offset, harm);
    for (let index = 0; index < list.length; index++) {
      const token = list[index] as Token;
      const score = scoreToken(text, list, index, allowed, facts);
      if (score >= 0.6)
        findings.push({ kind: 'child_name', start: token.start, end: token.end, score, level: 'block' });
    }
  }
  return findings;
}

/**
 * How many words read as a person's given name, in any context and not on the roster: the learned second opinion
 * weighs a name beside its other words, where the rules above need one of their child-context shapes.
 */
export function givenNameCount(text: string, allowed: Set<string>): number {
  let count = 0;
  const list = tokens(text, 0);
  for (let index = 0; index < list.length; index++) {
    const token = list[index] as Token;
    if (allowed.has(token.lower)) continue;
    const kind = candidate(token, index === 0, text.slice(token.end, token.end + 30));
    if (kind === 'given' || kind === 'initials') count++;
  }
  return count;
}
