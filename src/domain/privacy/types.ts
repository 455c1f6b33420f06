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
  | 'child_name'
  | 'concern_disclosure';

export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** Presidio-style confidence, 0–1: the pattern's own score, raised by a checksum or context, lowered by context. */
  score: number;
  /** block: must be reworded; warn: may be sent anyway with a reason. */
  level: 'block' | 'warn';
}

export interface AllowList {
  organisations: string[];
  staffNames: string[];
  /** Published work phone numbers and e-mail addresses. */
  contacts: string[];
}

export interface DetectorOptions {
  jurisdiction: Jurisdiction;
  allow?: Partial<AllowList>;
}
