import { digitsOf } from './identifiers.js';
import type { Finding } from './types.js';

// Freephone and national helpline ranges are published numbers, not a family's: worth a check, not a block.
const UK_HELPLINE = /^(?:080|03|0845|0870|116)/;
const US_TOLL_FREE = /^(?:800|833|844|855|866|877|888)/;

function allowed(value: string, contacts: string[]): boolean {
  const digits = digitsOf(value);
  const lower = value.toLowerCase();
  return contacts.some(
    (contact) =>
      (digits.length >= 6 && digitsOf(contact).endsWith(digits.slice(-9))) || contact.toLowerCase() === lower,
  );
}

export function phoneNumbers(text: string, us: boolean, contacts: string[]): Finding[] {
  const findings: Finding[] = [];
  const uk = /(?<![\w+])(?:\+44\s?\(?0?\)?\s?|0)(?:\d[\s-]?){9,10}(?![\d-])/g;
  for (const match of text.matchAll(uk)) {
    const value = match[0].trim();
    const start = match.index ?? 0;
    let digits = digitsOf(value);
    if (digits.startsWith('44')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
    if (digits.length < 10 || digits.length > 11 || allowed(value, contacts)) continue;
    findings.push({
      kind: 'phone',
      start,
      end: start + value.length,
      level: UK_HELPLINE.test(digits) ? 'warn' : 'block',
    });
  }
  if (us) {
    for (const match of text.matchAll(/(?<![\w-])(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\d-])/g)) {
      const value = match[0];
      const start = match.index ?? 0;
      const digits = digitsOf(value).replace(/^1(?=\d{10}$)/, '');
      if (allowed(value, contacts)) continue;
      findings.push({
        kind: 'phone',
        start,
        end: start + value.length,
        level: US_TOLL_FREE.test(digits) ? 'warn' : 'block',
      });
    }
  }
  return findings;
}

export function emailAddresses(text: string, contacts: string[]): Finding[] {
  return [...text.matchAll(/\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b/gi)]
    .filter((match) => !allowed(match[0], contacts))
    .map((match) => ({
      kind: 'email' as const,
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      level: 'block' as const,
    }));
}
