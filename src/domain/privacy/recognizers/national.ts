import { chiDateValid, digitsOf, mod11Valid, NINO_PATTERN, upnValid } from '../identifiers.js';
import type { Recognizer } from '../recognizer.js';

// Ten digits, written 3 3 4 or run together, with spaces, dots or hyphens, or in brackets.
const TEN_DIGITS = /(?<![\d+£$])\d{3}[ .-]?\d{3}[ .-]?\d{4}(?![\d-])/;

const HEALTH_CONTEXT =
  /\b(?:nhs|national health|health service|health services authority|health authority|gp|hospital|patient|camhs|health visitor|midwife|dob|d\.o\.b|born|baby|newborn)\b/i;

// NHS test numbers start 999; a run of one digit or a counting sequence is a form's placeholder, not a mistyped number.
const placeholder = (digits: string) =>
  digits.startsWith('999') ||
  /(\d)(?:\d*\1){6}/.test(digits) ||
  '01234567890'.includes(digits) ||
  '9876543210'.includes(digits);

// Ten digits in the coalition's own paperwork: a grant, a charity, a company or an invoice.
const NOT_A_PATIENT =
  /\b(?:grant|grants|funding|funder|lottery|invoice|charity|company|registered|account|sort code|order|purchase|po|project|programme|contract|agreement|award|urn|ofsted|ukprn|vat|booking|ticket)\b/i;

/** NHS numbers (England, Wales, Isle of Man): mod 11 check digit; "NHS no" before it is enough on its own. */
export const nhsNumber: Recognizer = {
  kind: 'nhs_number',
  jurisdictions: ['uk'],
  patterns: [{ name: 'ten digits', regex: TEN_DIGITS, score: 0.25 }],
  validate: (value) => mod11Valid(digitsOf(value)),
  label: /\bnhs\s*(?:no\.?|num(?:ber)?|#|n°|id)?\s*(?:is|was|=|of)?\s*[:#.=-]?\s*\(?$/i,
  labelOutweighsChecksum: (value) => !placeholder(digitsOf(value)),
  context: HEALTH_CONTEXT,
  againstContext: NOT_A_PATIENT,
  window: { before: 300, after: 300 },
  // A UK phone number starts with 0; it is an NHS number only when a health word says so.
  reject: (text, start, end) =>
    text[start] === '0' && !HEALTH_CONTEXT.test(text.slice(Math.max(0, start - 300), end + 300)),
};

/** Scottish CHI numbers: a real date (DDMMYY) first, then the same mod 11 check; only with "CHI" nearby. */
export const chiNumber: Recognizer = {
  kind: 'chi_number',
  jurisdictions: ['uk'],
  patterns: [{ name: 'ten digits', regex: TEN_DIGITS, score: 0.15 }],
  validate: (value) => mod11Valid(digitsOf(value)) && chiDateValid(digitsOf(value)),
  label: /\bchi\s*(?:no\.?|num(?:ber)?|#)?\s*(?:is|was)?\s*[:#.]?\s*\(?$/i,
  context: /\bchi\b/i,
  window: { before: 300, after: 300 },
};

/** National Insurance numbers: HMRC's prefix and suffix rules; QQ 12 34 56 A is the published example. */
export const niNumber: Recognizer = {
  kind: 'ni_number',
  jurisdictions: ['uk'],
  patterns: [{ name: 'HMRC format', regex: NINO_PATTERN, score: 0.65 }],
  validate: (value) => (/^QQ/i.test(value.replace(/\s/g, '')) ? false : undefined),
  context: /\b(?:ni|nino|national insurance|insurance number)\b/i,
};

/** Unique pupil numbers: a check letter (mod 23, no I, O or S), LA, school, year and serial digits. */
export const pupilNumber: Recognizer = {
  kind: 'upn',
  jurisdictions: ['uk'],
  patterns: [
    { name: 'letter and twelve digits', regex: /\b[A-Z]\d{12}\b/i, score: 0.3 },
    { name: 'temporary UPN', regex: /\b[A-Z]\d{11}[A-Z]\b/i, score: 0.3 },
  ],
  validate: (value) => (/\d$/.test(value) ? upnValid(value) : undefined),
  label: /\b(?:upn|uln|pupil (?:no|number|id))\s*[:#.]?\s*(?:is\s*)?$/i,
  context: /\b(?:upn|pupil|uln|learner|school|transfer file|ctf|admissions|sims|arbor|class)\b/i,
};

// The SSA's own rules. Presidio also rejects famous sample numbers (078-05-1120); written next to "SSN" in a
// check-in they still read as someone's number, so they are kept.
function ssnValid(value: string): boolean {
  const digits = digitsOf(value);
  const separators = new Set(value.replace(/\d/g, ''));
  if (digits.length !== 9 || separators.size > 1) return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return !/^(?:000|666|9)/.test(digits) && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

const SSN_LABEL =
  /\b(?:ssn|ss#|ss no\.?|soc(?:ial)? sec(?:urity)?(?: (?:no\.?|num(?:ber)?|#))?)\s*(?:is|was)?\s*[:#.]?\s*$/i;
const SSN_CONTEXT = /\b(?:ssn|ssns|ssid|social security|soc sec|ss#|social|ss card|medicaid|benefits|intake form)\b/i;

/** US Social Security numbers; in a UK coalition the same shape is only worth a check. */
export const socialSecurityUs: Recognizer = {
  kind: 'ssn',
  jurisdictions: ['us'],
  patterns: [
    // Alone, a valid 3-2-4 number is only worth a check (0.55); "SSN" or "social" beside it makes it one.
    { name: 'grouped 3-2-4', regex: /(?<![\d-])\d{3}([- .])\d{2}\1\d{4}(?![\d-])/, score: 0.3 },
    { name: 'nine digits', regex: /(?<![\d-])\d{9}(?![\d-])/, score: 0.05 },
  ],
  validate: ssnValid,
  label: SSN_LABEL,
  context: SSN_CONTEXT,
};

export const socialSecurityUk: Recognizer = {
  ...socialSecurityUs,
  jurisdictions: ['uk'],
  patterns: [{ name: 'hyphenated 3-2-4', regex: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/, score: 0.2 }],
};
