import { describe, expect, it } from 'vitest';
import { type DetectorOptions, detectIdentifyingDetails } from '../../../../src/domain/privacy/index.js';

const uk: DetectorOptions = { jurisdiction: 'uk' };
const us: DetectorOptions = { jurisdiction: 'us' };
const names = (text: string, options: DetectorOptions = uk) =>
  detectIdentifyingDetails(text, options)
    .filter((finding) => finding.kind === 'child_name' && finding.level === 'block')
    .map((finding) => text.slice(finding.start, finding.end));

describe('a name in child context, in the ways practitioners write it', () => {
  it.each([
    ['Mia-Rose (Y4) was quiet all week', 'Mia-Rose', uk],
    ['liams brother was at the gate again', 'liams', uk],
    ['A.J. in year 6 has been struggling', 'A.J.', uk],
    ['Sam T in yr 3 keeps falling asleep', 'Sam', uk],
    ['Ava, 11, came to the club on her own', 'Ava', uk],
    ['Oliver-James aged 2 months was seen by the health visitor', 'Oliver-James', uk],
    ['baby Noor was weighed at clinic', 'Noor', uk],
    ['the Okonkwo kids were not at holiday club', 'Okonkwo', uk],
    ['tj in yr 8 was caught with a knife', 'tj', uk],
    ['Chloé is a 6th grader and just joined', 'Chloé', us],
    ['Jaylen (pre-K) bit two kids this week', 'Jaylen', us],
    ['DeAndre in 9th grade made the team', 'DeAndre', us],
    ['kaylas dad said she won’t be coming', 'kaylas', us],
    ['Thandiwe (Y8) has been late every day', 'Thandiwe', uk],
  ] as const)('%s → %s', (text, name, options) => {
    expect(names(text, options)).toContain(name);
  });
});

describe('staff, organisations and ordinary words stay unflagged', () => {
  const allow = { staffNames: ['Sam Patel', 'Priya Shah'], organisations: ["St Mary's Primary"] };
  it.each([
    'Mrs Okafor, our Year 6 teacher, led the transition assembly.',
    'Ben (Year 9 lead) shared the attendance figures',
    'Thanks to Aisha at the youth hub for the county lines session',
    "Jack's Place, the youth charity, runs a Friday drop-in",
    'Oakfield, 12, and Brookside, 9, were the schools with most sign-ups.',
    'we will mark the register for every session',
    'Sarah is 30 and leads the parents group',
    'Sam in Year 6 ran the assembly with Priya',
  ])('%s', (text) => {
    expect(names(text, { jurisdiction: 'uk', allow })).toEqual([]);
  });
});
