import type { FindingKind } from './types.js';

export const FINDING_LABELS: Record<FindingKind, string> = {
  nhs_number: 'an NHS number',
  chi_number: 'a CHI number',
  ni_number: 'a National Insurance number',
  upn: 'a unique pupil number',
  ssn: 'a Social Security number',
  date_of_birth: 'a date of birth',
  postcode: 'a full postcode',
  street_address: 'a street address',
  phone: 'a phone number',
  email: 'an e-mail address',
  case_reference: 'a case or reference number',
  child_name: 'a child’s name',
  concern_disclosure: 'a concern about a particular child',
};

const HINTS: Record<FindingKind, string> = {
  nhs_number: 'Leave the number out: “one referral went to CAMHS” says what the coalition needs.',
  chi_number: 'Leave the number out: “one referral went to health” says what the coalition needs.',
  ni_number: 'Leave the number out; the coalition only needs to know what happened, not to whom.',
  upn: 'Leave the pupil number out; “a pupil at one of our schools” is enough here.',
  ssn: 'Leave the number out; the coalition only needs to know what happened, not to whom.',
  date_of_birth: 'Give an age group instead, for example “a primary-age child”.',
  postcode: 'Name the area instead, for example “a family in the north of the town”.',
  street_address: 'Name the area instead, for example “a family in the north of the town”.',
  phone: 'Leave personal contact details out. If it is a published work number, choose that reason.',
  email: 'Leave personal contact details out. If it is a published work address, choose that reason.',
  case_reference: 'Leave the reference out; “one case was escalated” says what the coalition needs.',
  child_name: 'Try “a pupil at one of our schools” or “a young person we support” instead of naming them.',
  concern_disclosure:
    'Please raise it through your safeguarding route, and share the theme here instead, for example “we are seeing more concerns about neglect this term”.',
};

/** One suggestion, for the first kind found; it never repeats the detail. */
export function rewordingHint(kinds: FindingKind[]): string {
  const [first] = kinds;
  return first ? HINTS[first] : 'Describe it at coalition level, without details that identify a child or family.';
}

/** Themes a concern can be shared as, each with the words that point to it; the first that matches is suggested. */
const THEMES: Array<[RegExp, string]> = [
  [
    /\b(?:groom|older (?:boy|girl)friend|older (?:man|men|lads?|guys?)|nudes?|sexting|sexual|explicit)/i,
    'online safety and sexual exploitation',
  ],
  [/\b(?:county lines|carry(?:ing)?|drugs?|knife|knives|weapon|gang|exploit)/i, 'criminal exploitation'],
  [/\b(?:missing|ran away|runs away|running away|absconded)/i, 'young people going missing'],
  [
    /\b(?:self[- ]?harm|suicid|overdos|cutting|eating disorder|panic|anxious|depress|mental health|camhs)/i,
    'self-harm and mental health',
  ],
  [/\b(?:domestic|dv|dva|police|arrested|violen|drunk|drinking)/i, 'domestic abuse at home'],
  [
    /\b(?:hungry|starving|no food|fed|same clothes|dirty|unwashed|smell|lice|nits|no coat|not collected|alone|neglect)/i,
    'neglect',
  ],
  [/\b(?:hit|hurt|smack|slap|punch|kick|beat|bruis|marks|black eye|burn|injur)/i, 'physical harm at home'],
  [/\b(?:absent|absence|attendance|excluded|exclusion|truant|off school|not in school|missed)/i, 'school attendance'],
  [/\b(?:bull(?:y|ied|ying))/i, 'bullying'],
];

/**
 * A theme-level way to say the same thing in the channel, without the child: it names the theme only, never a
 * word of the original beyond that.
 */
export function themeRewording(text: string): string {
  const theme = THEMES.find(([pattern]) => pattern.test(text))?.[1] ?? 'safeguarding concerns';
  return `For the coalition, share the theme instead, for example: “We are seeing more concerns about ${theme} among the young people we work with.”`;
}
