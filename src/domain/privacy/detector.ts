import { emailAddresses, phoneNumbers } from './contact.js';
import { CONCERN_PATTERN } from './lexicon.js';
import { childNames } from './names.js';
import { caseReferences, healthNumbers, nationalInsurance, pupilNumbers, socialSecurity } from './numbers.js';
import { datesOfBirth, postcodes, streetAddresses } from './places-dates.js';
import type { DetectorOptions, Finding } from './types.js';

/** Every word of every allow-listed staff name and organisation, so "Priya" or "Mary's" is never read as a child. */
function allowedWords(options: DetectorOptions): Set<string> {
  const names = [...(options.allow?.staffNames ?? []), ...(options.allow?.organisations ?? [])];
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

/** Overlapping findings keep the stronger one (block over warn, then the longer span). */
function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) =>
    a.level === b.level ? b.end - b.start - (a.end - a.start) : a.level === 'block' ? -1 : 1,
  );
  const kept: Finding[] = [];
  for (const finding of ranked) {
    if (!kept.some((other) => finding.start < other.end && other.start < finding.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Identifying details about a child or family in free text, most specific detectors first (checksums, anchors),
 * then the generic ones. Pure: the text in, findings (kind, span, level) out; nothing is kept.
 */
export function detectIdentifyingDetails(text: string, options: DetectorOptions): Finding[] {
  const uk = options.jurisdiction === 'uk';
  const contacts = options.allow?.contacts ?? [];
  const findings: Finding[] = [
    ...(uk ? [...healthNumbers(text), ...nationalInsurance(text), ...pupilNumbers(text)] : []),
    ...socialSecurity(text, !uk),
    ...datesOfBirth(text, options.jurisdiction),
    ...(uk ? postcodes(text) : []),
    ...streetAddresses(text),
    ...phoneNumbers(text, !uk, contacts),
    ...emailAddresses(text, contacts),
    ...caseReferences(text),
    ...childNames(text, allowedWords(options)),
  ];
  return resolveOverlaps(findings);
}

export function hasConcernLanguage(text: string): boolean {
  return CONCERN_PATTERN.test(text);
}
