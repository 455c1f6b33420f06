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

describe('one name in every shape of year, grade, age and family', () => {
  it.each([
    "Year 4's Maisie is back",
    'Maisie - year 4 - is back',
    'Maisie/Y4 is back',
    'Maisie (gr 3) is back',
    'Maisie, 17 months, is back',
    "Maisie's teacher said she is back",
    'siblings Maisie and Leo are back',
    'little Maisie is back',
    'Maisie the 5th grader is back',
    'Maisie T. in Y5 is back',
    'maisies mum called',
    'well done to freya 8 who did her first swim badge',
    'Nevaeh (4) and her mom came to the diaper bank',
    'We supported Ruby-Leigh and her brother with uniform vouchers.',
  ])('%s', (text) => {
    expect(names(text).length).toBeGreaterThan(0);
  });

  it.each([
    "mike's team at the police said county lines arrests are up",
    "Jack's Place, the youth charity, runs a Friday drop-in for teenagers at risk of exploitation.",
    "For questions, email the district's family engagement office.",
    'WIC clinic hours at 211 North Avenue, Suite 4, Athens, GA 30601 have been extended.',
    'The county Child Abuse Prevention Council will meet quarterly.',
    'im off on mat leave from next fri!! kerry is covering the early help stuff til i’m back',
  ])('no child in: %s', (text) => {
    expect(names(text, text.includes('GA 30601') ? us : uk)).toEqual([]);
  });
});
