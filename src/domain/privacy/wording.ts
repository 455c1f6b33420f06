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
};

/** One suggestion, for the first kind found; it never repeats the detail. */
export function rewordingHint(kinds: FindingKind[]): string {
  const [first] = kinds;
  return first ? HINTS[first] : 'Describe it at coalition level, without details that identify a child or family.';
}
