import { chiDateValid, digitsOf, mod11Valid, NINO_PATTERN, SSN_PATTERN, upnValid } from './identifiers.js';
import { CHI_CONTEXT, NHS_CONTEXT, SSN_CONTEXT } from './lexicon.js';
import type { Finding } from './types.js';

// Purview's rule: a keyword within 300 characters turns a checksum match into a high-confidence one.
const CONTEXT_WINDOW = 300;

export function near(text: string, start: number, end: number, pattern: RegExp): boolean {
  return pattern.test(text.slice(Math.max(0, start - CONTEXT_WINDOW), end + CONTEXT_WINDOW));
}

function* matches(text: string, pattern: RegExp): Generator<{ value: string; start: number; end: number }> {
  for (const match of text.matchAll(
    new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
  )) {
    yield { value: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
  }
}

/** Ten-digit health identifiers: NHS numbers (England, Wales) and CHI numbers (Scotland), by check digit. */
export function healthNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { value, start, end } of matches(text, /(?<![\d+])\d{3}[ .-]?\d{3}[ .-]?\d{4}(?!\d)/g)) {
    const digits = digitsOf(value);
    if (digits.startsWith('0') && !near(text, start, end, NHS_CONTEXT)) continue; // a UK phone number, handled there
    if (!mod11Valid(digits)) continue;
    if (chiDateValid(digits) && near(text, start, end, CHI_CONTEXT))
      findings.push({ kind: 'chi_number', start, end, level: 'block' });
    else
      findings.push({ kind: 'nhs_number', start, end, level: near(text, start, end, NHS_CONTEXT) ? 'block' : 'warn' });
  }
  return findings;
}

export function nationalInsurance(text: string): Finding[] {
  return [...matches(text, NINO_PATTERN)]
    .filter(({ value }) => !/^QQ/i.test(value.replace(/\s/g, '')))
    .map(({ start, end }) => ({ kind: 'ni_number' as const, start, end, level: 'block' as const }));
}

export function pupilNumbers(text: string): Finding[] {
  return [...matches(text, /\b[A-Z]\d{12}\b/gi)]
    .filter(({ value }) => upnValid(value))
    .map(({ start, end }) => ({ kind: 'upn' as const, start, end, level: 'block' as const }));
}

/** US SSNs: hyphenated and valid is enough; nine bare digits only next to "SSN" or "social security". */
export function socialSecurity(text: string, us: boolean): Finding[] {
  const hyphenated = [...matches(text, SSN_PATTERN)].map(({ start, end }) => ({
    kind: 'ssn' as const,
    start,
    end,
    level: us ? ('block' as const) : ('warn' as const),
  }));
  const bare = [...matches(text, /(?<![\d-])\d{9}(?![\d-])/g)]
    .filter(({ value, start, end }) => near(text, start, end, SSN_CONTEXT) && !/^(000|666|9)/.test(value))
    .map(({ start, end }) => ({ kind: 'ssn' as const, start, end, level: 'block' as const }));
  return [...hyphenated, ...bare];
}

/** Case, crime and referral numbers: a reference word with a number, or a structured reference like CP-2024-0012. */
export function caseReferences(text: string): Finding[] {
  const worded =
    /\b(?:case|ref|reference|referral|file|crime|incident|cp|cin|lac|mash|police|log)\s*(?:no\.?|num(?:ber)?|#|ref(?:erence)?)?\s*[:#.]?\s*([A-Z]{0,4}[/-]?\d[\d/-]{3,}[A-Z]?)\b/gi;
  const structured = /\b[A-Z]{2,4}[-/]\d{2,4}[-/]\d{3,}\b/g;
  return [...matches(text, worded), ...matches(text, structured)].map(({ start, end }) => ({
    kind: 'case_reference' as const,
    start,
    end,
    level: 'block' as const,
  }));
}
