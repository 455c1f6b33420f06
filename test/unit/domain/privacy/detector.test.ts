import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DetectorOptions,
  detectIdentifyingDetails,
  FINDING_LABELS,
  type FindingKind,
  hasConcernLanguage,
  rewordingHint,
} from '../../../../src/domain/privacy/index.js';

const uk: DetectorOptions = { jurisdiction: 'uk' };
const us: DetectorOptions = { jurisdiction: 'us' };
const found = (text: string, options: DetectorOptions) =>
  detectIdentifyingDetails(text, options).map((finding) => ({
    kind: finding.kind,
    level: finding.level,
    detail: text.slice(finding.start, finding.end),
  }));

describe('levels: a checksum alone is worth a check, a checksum with context must be reworded', () => {
  it.each([
    ['bare valid NHS checksum', 'Someone left 654 100 3238 on the board', uk, 'nhs_number', 'warn'],
    ['labelled NHS number with one digit mistyped', 'NHS no 654 100 3239', uk, 'nhs_number', 'block'],
    ['NHS checksum with "NHS"', 'NHS 654 100 3238', uk, 'nhs_number', 'block'],
    ['NHS checksum with "DOB" nearby', 'DOB given, number 671-668-9966', uk, 'nhs_number', 'block'],
    ['NHS checksum, dotted, with "hospital"', 'hospital ref 999.000.0018', uk, 'nhs_number', 'block'],
    ['CHI with its keyword', 'CHI 1204151237 from the Glasgow team', uk, 'chi_number', 'block'],
    ['hyphenated SSN in US mode', 'SSN 123-45-6789', us, 'ssn', 'block'],
    ['hyphenated SSN in UK mode', 'A form showed 123-45-6789', uk, 'ssn', 'warn'],
    ['bare nine digits next to "social security"', 'social security 078051120', us, 'ssn', 'block'],
  ] as const)('%s', (_name, text, options, kind, level) => {
    expect(found(text, options)).toEqual([expect.objectContaining({ kind, level })]);
  });

  it.each([
    ['an NHS number that fails the checksum', 'NHS 999 123 4560', uk],
    ['all zeros but one', 'NHS 000 000 0001', uk],
    ['SSN area 666', 'SSN 666-12-3456', us],
    ['SSN area 000', 'SSN 000-12-3456', us],
    ['SSN area 9xx', 'SSN 912-12-3456', us],
    ['SSN group 00', 'SSN 123-00-3456', us],
    ['nine bare digits with no SSN keyword', 'Budget line 078051120', us],
    ['QQ example NINO', 'NI number QQ 12 34 56 A', uk],
    ['NINO with an unallocated prefix', 'NI number GB 12 34 56 A', uk],
    ['UPN with the wrong check letter', 'UPN A801200005001', uk],
  ] as const)('no refusal for %s (a label alone makes it worth a check)', (_name, text, options) => {
    expect(found(text, options).filter((finding) => finding.level === 'block')).toEqual([]);
  });
});

describe('dates of birth need an anchor', () => {
  it.each([
    ['DOB 14/03/2019', uk, '14/03/2019'],
    ['D.O.B. 2014-11-02', uk, '2014-11-02'],
    ['date of birth: 30-01-2018', uk, '30-01-2018'],
    ['born on 14th March 2015', uk, '14th March 2015'],
    ['birthday is 12.07.2013', uk, '12.07.2013'],
    ['her birthday is 14 March', uk, '14 March'],
    ['DOB 07/21/2016', us, '07/21/2016'],
    ['born March 14, 2015', us, 'March 14, 2015'],
  ] as const)('%s → a date of birth', (text, options, date) => {
    const [finding] = found(text, options);
    expect(finding).toMatchObject({ kind: 'date_of_birth', level: 'block' });
    expect(finding?.detail).toContain(date);
  });

  it.each([
    'Meeting on 14/03/2027 at the hub',
    'The report is due 2026-11-30',
    'Training on 14th March 2027',
    'Our next call is March 14, 2027',
    "The club's 10th birthday party is on 12 June 2027",
    'Birthday bake sale on 5 May raised £340',
    'Born in Bradford, the campaign spread to three towns in 2025',
  ])('%s → nothing', (text) => {
    expect(found(text, uk)).toEqual([]);
    expect(found(text, us)).toEqual([]);
  });
});

describe('places', () => {
  it.each([
    ['They moved to SW1A 1AA', 'SW1A 1AA'],
    ['near LS6 2QT by the park', 'LS6 2QT'],
    ['postcode b338th', 'b338th'],
    ['GIR 0AA', 'GIR 0AA'],
  ])('full postcode: %s', (text, detail) => {
    expect(found(text, uk)).toEqual([{ kind: 'postcode', level: 'block', detail }]);
  });

  it.each(['Families across SW1A and M14', 'Sessions in LS6 went well', 'QX1 1AA is not a postcode'])(
    'outward code or invalid postcode alone: %s',
    (text) => {
      expect(found(text, uk)).toEqual([]);
    },
  );

  it.each([
    ['The family at 27 Beech Grove asked for help', uk, '27 Beech Grove'],
    ['Home visit at 1820 W Jefferson Blvd was cancelled', us, '1820 W Jefferson Blvd'],
  ] as const)('house number and street: %s', (text, options, detail) => {
    expect(found(text, options)).toEqual([{ kind: 'street_address', level: 'block', detail }]);
  });

  it('a partner venue’s published address is not a home', () => {
    expect(found('The youth hub at 14 Market Street is open late on Fridays', uk)).toEqual([]);
  });
});

describe('contacts and allow-lists', () => {
  const allow = {
    staffNames: ['Priya Shah', 'Tom Okafor'],
    organisations: ["St Mary's Primary"],
    contacts: ['+44 20 7946 0958', 'INFO@northside.org', '(312) 555-0143'],
  };

  it.each([
    ['UK mobile', 'Mum is on 07911 123456', uk, '07911 123456'],
    ['+44 mobile', 'Carer on +44 7700 900 456', uk, '+44 7700 900 456'],
    ['US cell with brackets', 'Dad’s cell (415) 555-0199', us, '(415) 555-0199'],
    ['US cell unspaced', 'Call the mom on 6175550123 after 5pm', us, '6175550123'],
  ] as const)('%s blocks', (_name, text, options, detail) => {
    expect(found(text, options)).toEqual([{ kind: 'phone', level: 'block', detail }]);
  });

  it.each([
    ['a UK mobile with nothing around it', 'Call 07700 900123', uk],
    ['a US number with nothing around it', 'Call 6175550123 after 5pm', us],
  ] as const)('%s is an adult’s contact detail at most: a warning', (_name, text, options) => {
    expect(found(text, options).map((finding) => finding.level)).toEqual(['warn']);
  });

  it.each([
    ['published number written differently', 'Ring us on 020 7946 0958', uk],
    ['published e-mail in another case', 'Write to info@northside.org', uk],
    ['published US number', 'Text 312-555-0143 for bookings', us],
    ['partner staff by first name', 'Thanks to Priya at the library for booking the room', uk],
    ['partner staff possessive', "Tom's mum group is thriving", uk],
    ['partner organisation', "St Mary's Primary hosted the session", uk],
  ] as const)('%s is never flagged', (_name, text, options) => {
    expect(found(text, { ...options, allow })).toEqual([]);
  });

  it('without the allow-list a personal number and mailbox are flagged', () => {
    const text = 'Her mum is on 07911 123456 or jo.bloggs@gmail.com';
    expect(found(text, uk).map((finding) => finding.kind)).toEqual(['phone', 'email']);
    expect(found(text, { ...uk, allow: { contacts: ['07911 123456', 'jo.bloggs@gmail.com'] } })).toEqual([]);
  });

  it.each([
    ['a service’s line', 'The MASH consultation line is 0161 496 0500', uk],
    ['a role mailbox', 'E-mail lado@northshire.gov.uk for a consultation', uk],
    ['an office number', 'Call the family resource center at (312) 555-0142 to book', us],
    ['a venue address', 'The YMCA at 225 W Washington St hosts the parent cafe', us],
    ['a venue postcode', 'The hub at 14 Market Street, LS1 4AP, opens at 9', uk],
  ] as const)('an organisation’s published detail is not a family’s: %s', (_name, text, options) => {
    expect(found(text, options).filter((finding) => finding.level === 'block')).toEqual([]);
  });
});

describe('case references and child names', () => {
  it.each([
    ['case ref 12345 is open', 'case_reference'],
    ['Ref: AB/1234 needs updating', 'case_reference'],
    ['Plan CP-2024-0012 reviewed', 'case_reference'],
    ['referral number 4455 is with early help', 'case_reference'],
    ['Jamie, aged 7, came alone', 'child_name'],
    ['The Smith children were out late', 'child_name'],
    ['Year 4 pupil Aisha K was upset', 'child_name'],
    ["Jayden's mum called", 'child_name'],
    ['a 7-year-old called Leo', 'child_name'],
    ['my pupil Tom is struggling', 'child_name'],
    ["The O'Brien kids weren't in school", 'child_name'],
    ['Maddie, 14, has been going missing', 'child_name'],
    ['Our 3rd grader Emma L. has missed 20 days', 'child_name'],
  ] as const)('%s → %s', (text, kind) => {
    expect(found(text, uk)).toEqual([expect.objectContaining({ kind, level: 'block' })]);
  });

  it.each([
    'Three schools signed up',
    'Year 4 assemblies went well',
    'Year 6 transition day is on 3 July',
    '88% of staff finished the course; 14 of 20 schools took part',
    'Oakfield, 12, and Brookside, 9, were the schools with most sign-ups',
    'Our 16-year-old Youth Ambassadors presented to the board',
    'Grant reference GR-2026 went in on time',
    'Invoice ref 20261104 for the printing has been paid',
    'T-42 is done and M-3 is on track',
    'report 2026-04-01..2027-03-31',
    'The annual report 150 referrals figure is wrong',
  ])('coalition-level: %s', (text) => {
    expect(found(text, uk)).toEqual([]);
  });
});

describe('spans point at the detail', () => {
  it.each([
    ['Her NHS number is 943 476 5919.', '943 476 5919'],
    ['NI number AB 12 34 56 C please', 'AB 12 34 56 C'],
    ['UPN B801200005001 on file', 'B801200005001'],
    ['e-mail jo.bloggs@gmail.com today', 'jo.bloggs@gmail.com'],
  ])('%s', (text, detail) => {
    expect(found(text, uk).map((finding) => finding.detail)).toEqual([detail]);
  });

  it('returns findings sorted by start, non-overlapping and inside the text, whatever the input', () => {
    const pieces = fc.constantFrom(
      'NHS 943 476 5919',
      'DOB 14/03/2019',
      'SW1A 1AA',
      '07911 123456',
      'jo@example.com',
      'Jamie, aged 7',
      'case ref 12345',
      '14 Elm Road',
      '123-45-6789',
      'meeting on 3 May',
      'Year 4',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 8 }),
        fc.constantFrom<DetectorOptions['jurisdiction']>('uk', 'us'),
        (parts, jurisdiction) => {
          const text = parts.join(' ');
          const findings = detectIdentifyingDetails(text, { jurisdiction });
          findings.forEach((finding, index) => {
            expect(finding.start).toBeGreaterThanOrEqual(0);
            expect(finding.end).toBeLessThanOrEqual(text.length);
            expect(finding.start).toBeLessThan(finding.end);
            const next = findings[index + 1];
            if (next) expect(next.start).toBeGreaterThanOrEqual(finding.end);
          });
        },
      ),
    );
  });
});

describe('concern language', () => {
  it.each([
    'A pupil disclosed something at club today',
    'She has bruises on her arms',
    'He said his dad hit him',
    "I'm worried about a child in my class",
    'The section 47 enquiry starts Monday',
    'We spoke to the LADO',
    'She is on a CP plan',
    'Worries about self-harm in Year 9',
    'A girl mentioned FGM',
    'Signs of criminal exploitation',
    'After a missing episode at the weekend',
    'Possible neglect at home',
    'Allegation against a volunteer',
  ])('%s → concern', (text) => {
    expect(hasConcernLanguage(text)).toBe(true);
  });

  it.each([
    'Posters went up in every school',
    'Colorado partners joined the call',
    'We were disabused of the idea that leaflets are enough',
    'The mash-up video from the youth club was great',
    'Our hit list for next term: two more GP practices',
    'Year 6 transition day went smoothly',
  ])('%s → no concern', (text) => {
    expect(hasConcernLanguage(text)).toBe(false);
  });
});

describe('wording', () => {
  const kinds = Object.keys(FINDING_LABELS) as FindingKind[];

  it.each(kinds)('%s has a plain label and a hint that never echoes a detail', (kind) => {
    expect(FINDING_LABELS[kind]).toMatch(/^(a|an) /);
    const hint = rewordingHint([kind]);
    expect(hint.length).toBeGreaterThan(20);
    expect(hint).not.toMatch(/\d{3}/);
  });

  it('has a general hint when no kind is given', () => {
    expect(rewordingHint([])).toMatch(/coalition level/);
  });
});
