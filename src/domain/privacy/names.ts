import { NOT_NAMES } from './lexicon.js';
import type { Finding } from './types.js';

const NAME = "([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)";
const CHILD =
  '(?:child|children|kid|kids|boy|boys|girl|girls|pupil|pupils|student|son|daughter|baby|toddler|teenager|young person|foster child|looked[- ]after child)';
const KIN =
  '(?:mum|mom|mummy|dad|daddy|mother|father|parents?|carers?|foster (?:mum|dad|carer|parents?)|nan|nana|gran|granny|grandma|grandad|grandparents?|brother|sister|siblings?|step(?:mum|dad))';

/**
 * A name next to child context identifies a child: "Jamie, aged 7", "the Smith children", "Year 4 pupil Aisha K",
 * "Jayden's mum", "a 7-year-old called Leo", "my pupil Tom", "Leo (7)", "Jamie in Year 2".
 */
const PATTERNS: RegExp[] = [
  new RegExp(`\\b${NAME}(?:\\s[A-Z]\\.?)?,?\\s+(?:aged|age)\\s+\\d{1,2}\\b`, 'g'),
  new RegExp(`\\b[Tt]he\\s+${NAME}\\s+(?:children|kids|family|boys|girls|twins|siblings|household)\\b`, 'g'),
  new RegExp(`\\b(?:Year|Yr|Y)\\s*\\d{1,2}\\s+${CHILD}\\s+${NAME}(?:\\s+[A-Z][a-z]*\\.?)?`, 'g'),
  new RegExp(`\\b${NAME}['’]s\\s+${KIN}\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}[- ]year[- ]old(?:\\s+${CHILD})?\\s+(?:called|named)\\s+${NAME}`, 'g'),
  new RegExp(
    `\\b(?:[Mm]y|[Oo]ur|[Aa]|[Tt]he|[Oo]ne)\\s+(?:\\w+\\s+)?${CHILD}\\s+(?:called\\s+|named\\s+)?${NAME}\\b`,
    'g',
  ),
  new RegExp(`\\b${NAME}(?:\\s[A-Z]\\.?)?\\s+\\((?:aged\\s+)?\\d{1,2}\\)`, 'g'),
  new RegExp(
    `\\b${NAME}(?:\\s[A-Z]\\.?)?\\s+(?:in|from)\\s+(?:Year\\s*\\d{1,2}|Yr\\s*\\d{1,2}|Reception|Nursery)\\b`,
    'g',
  ),
  new RegExp(`\\b${CHILD}\\s+${NAME}\\s+(?:is|was|has|had|told|said|came|missed|arrived|left)\\b`, 'g'),
];

export function childNames(text: string, allowedNames: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? '';
      const lower = name.toLowerCase().replace(/['’]s$/, '');
      if (NOT_NAMES.has(lower) || allowedNames.has(lower)) continue;
      findings.push({
        kind: 'child_name',
        start: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
        level: 'block',
      });
    }
  }
  return findings;
}
