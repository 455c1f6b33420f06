import { disclosures, type IndividualCues } from './disclosure.js';
import { CONCERN_PATTERN, harmStarts } from './harm-words.js';
import { withSecondOpinion } from './learned/combine.js';
import { childNames } from './names.js';
import { type Recognizer, recognize } from './recognizer.js';
import { email, helplineUk, phoneUk, phoneUs } from './recognizers/contact.js';
import {
  chiNumber,
  nhsNumber,
  niNumber,
  pupilNumber,
  socialSecurityUk,
  socialSecurityUs,
} from './recognizers/national.js';
import { postcode, streetAddress } from './recognizers/places.js';
import { caseReference, datesOfBirth } from './recognizers/records.js';
import type { DetectorOptions, Finding } from './types.js';

/** Most specific first (checksums and labels), then the generic ones; each declares the jurisdictions it serves. */
const RECOGNIZERS: Recognizer[] = [
  nhsNumber,
  chiNumber,
  niNumber,
  pupilNumber,
  socialSecurityUs,
  socialSecurityUk,
  postcode,
  streetAddress,
  phoneUk,
  helplineUk,
  phoneUs,
  email,
  caseReference,
];

// Callers build one allow-list per review and never change it, so its words are worked out once per list.
const ALLOWED_WORDS = new WeakMap<object, Set<string>>();

/** Every word of every allow-listed staff name and organisation, so "Priya" or "Mary's" is never read as a child. */
function allowedWords(options: DetectorOptions): Set<string> {
  if (!options.allow) return new Set();
  const known = ALLOWED_WORDS.get(options.allow);
  if (known) return known;
  const words = wordsOf([...(options.allow.staffNames ?? []), ...(options.allow.organisations ?? [])]);
  ALLOWED_WORDS.set(options.allow, words);
  return words;
}

function wordsOf(names: string[]): Set<string> {
  return new Set(
    names
      .flatMap((name) =>
        name
          .toLowerCase()
          .split(/[^a-z'’-]+/)
          .map((word) => word.replace(/['’]s$/, '')),
      )
      .filter((word) => word.length > 1),
  );
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** A published work number or address on the coalition's list is never a finding, however it is written. */
function isPublished(value: string, contacts: string[]): boolean {
  const digits = digitsOf(value);
  const lower = value.toLowerCase();
  return contacts.some(
    (contact) =>
      (digits.length >= 6 && digitsOf(contact).endsWith(digits.slice(-9))) || contact.toLowerCase() === lower,
  );
}

/** Overlapping findings keep the stronger one (higher score, then the longer span). */
function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Finding[] = [];
  for (const finding of ranked) {
    if (!kept.some((other) => finding.start < other.end && other.start < finding.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** What the hand-written rules found, and what the learned second opinion needs to weigh them. */
export interface RuleScan {
  findings: Finding[];
  /** Where harm words start (run once, on first ask, and shared by the name and disclosure rules). */
  harm: () => number[];
  /** Every word of every allow-listed staff name and organisation. */
  allowed: Set<string>;
  cues: IndividualCues;
  /** A phone number or e-mail address in the text is on the coalition's list of published contacts. */
  published: boolean;
}

/** The rules alone: recognizers, dates of birth, child names, disclosures; overlaps resolved. */
export function scanByRules(text: string, options: DetectorOptions): RuleScan {
  const contacts = options.allow?.contacts ?? [];
  let published = false;
  const findings = RECOGNIZERS.flatMap((recognizer) => recognize(recognizer, text, options.jurisdiction)).filter(
    (finding) => {
      if (finding.kind !== 'phone' && finding.kind !== 'email') return true;
      const listed = isPublished(text.slice(finding.start, finding.end), contacts);
      published ||= listed;
      return !listed;
    },
  );
  let harmFound: number[] | undefined;
  const harm = () => (harmFound ??= harmStarts(text));
  const allowed = allowedWords(options);
  findings.push(...datesOfBirth(text, options.jurisdiction), ...childNames(text, allowed, harm));
  const cues = { individual: 0, generic: 0 };
  findings.push(...disclosures(text, harm, cues));
  return { findings: resolveOverlaps(findings), harm, allowed, cues, published };
}

/**
 * Identifying details and disclosures about a child or family in free text. Pure: the text in, findings (kind,
 * span, score, level) out; nothing is kept. The rules decide first; a trained model (learned/) adds a disclosure
 * the rules missed when it is confident, and turns a weak rule finding into a warning when it is confident the text
 * is safe, never one backed by a checksum or a label. The same function serves check-ins, channel watch, commands,
 * tasks, kudos, goals and profiles, through services/privacy.ts.
 */
export function detectIdentifyingDetails(text: string, options: DetectorOptions): Finding[] {
  return withSecondOpinion(text, scanByRules(text, options));
}

export function hasConcernLanguage(text: string): boolean {
  return CONCERN_PATTERN.test(text);
}
