// TEMPORARY STUB (not committed): the real detector is being written separately.
export type Jurisdiction = 'uk' | 'us';
export type FindingKind =
  | 'nhs_number'
  | 'chi_number'
  | 'ni_number'
  | 'upn'
  | 'ssn'
  | 'date_of_birth'
  | 'postcode'
  | 'street_address'
  | 'phone'
  | 'email'
  | 'case_reference'
  | 'child_name';
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  level: 'block' | 'warn';
}
export interface AllowList {
  organisations: string[];
  staffNames: string[];
  contacts: string[];
}
export interface DetectorOptions {
  jurisdiction: Jurisdiction;
  allow?: Partial<AllowList>;
}
export function detectIdentifyingDetails(text: string, options: DetectorOptions): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g))
    findings.push({
      kind: 'nhs_number',
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      level: /nhs/i.test(text) ? 'block' : 'warn',
    });
  for (const m of text.matchAll(/\b(?:dob|born)\b[^.]*?\d{1,2}\/\d{1,2}\/\d{4}/gi))
    findings.push({ kind: 'date_of_birth', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, level: 'block' });
  void options;
  return findings;
}
export function hasConcernLanguage(text: string): boolean {
  return /\b(disclos\w*|abuse|bruis\w*|neglect)\b/i.test(text);
}
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
  email: 'an email address',
  case_reference: 'a case or reference number',
  child_name: 'a child’s name',
};
export function rewordingHint(kinds: FindingKind[]): string {
  return `Try describing it at coalition level, without ${kinds.map((k) => FINDING_LABELS[k]).join(' or ')}.`;
}
export function concernCard(jurisdiction: Jurisdiction): { title: string; lines: string[] } {
  return { title: 'If this is about a particular child', lines: [jurisdiction === 'us' ? 'Call 911' : 'Call 999'] };
}
