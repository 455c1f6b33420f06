import { POSTCODE_PATTERN } from './identifiers.js';
import { DOB_ANCHOR } from './lexicon.js';
import type { Finding, Jurisdiction } from './types.js';

const STREET_SUFFIX =
  'Road|Rd|Street|St|Close|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Crescent|Cres|Gardens|Gdns|Terrace|Place|Pl|Court|Ct|Grove|Hill|Square|Sq|Mews|Walk|Row|Boulevard|Blvd|Parade|Rise|View';

export function postcodes(text: string): Finding[] {
  return [...text.matchAll(new RegExp(POSTCODE_PATTERN.source, 'gi'))]
    .filter((match) => /\d[A-Z]{2}$/i.test(match[0].replace(/\s/g, '')) && /\s|\d[A-Z]{2}$/i.test(match[0]))
    .map((match) => ({
      kind: 'postcode' as const,
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      level: 'block' as const,
    }));
}

/** A house number with a named street ("14 Elm Road"), or a flat ("Flat 3"), is someone's home. */
export function streetAddresses(text: string): Finding[] {
  const house = new RegExp(`\\b\\d{1,4}[a-z]?,?\\s+(?:[A-Z][a-z'’]+\\s+){1,3}(?:${STREET_SUFFIX})\\b\\.?`, 'g');
  const flat = /\b(?:Flat|Apartment|Apt)\s+\d+[A-Z]?\b/g;
  return [...text.matchAll(house), ...text.matchAll(flat)].map((match) => ({
    kind: 'street_address' as const,
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    level: 'block' as const,
  }));
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  [
    '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})',
    '\\d{4}-\\d{2}-\\d{2}',
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}`,
    `(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  ].join('|'),
  'gi',
);

// A date right after "DOB", "born" or "birthday" is a date of birth; any other date is a meeting or a deadline.
const ANCHOR_REACH = 30;

export function datesOfBirth(text: string, _jurisdiction: Jurisdiction): Finding[] {
  const findings: Finding[] = [];
  for (const anchor of text.matchAll(new RegExp(DOB_ANCHOR.source, 'gi'))) {
    const from = (anchor.index ?? 0) + anchor[0].length;
    const window = text.slice(from, from + ANCHOR_REACH);
    const date = new RegExp(DATE.source, 'i').exec(window);
    if (!date) continue;
    findings.push({
      kind: 'date_of_birth',
      start: anchor.index ?? 0,
      end: from + date.index + date[0].length,
      level: 'block',
    });
  }
  return findings;
}
