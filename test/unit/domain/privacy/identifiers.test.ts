import { describe, expect, it } from 'vitest';
import { chiDateValid, mod11Valid, upnValid } from '../../../../src/domain/privacy/identifiers.js';
import { detectIdentifyingDetails, hasConcernLanguage, rewordingHint } from '../../../../src/domain/privacy/index.js';

const uk = { jurisdiction: 'uk' as const };
const kinds = (text: string, options: Parameters<typeof detectIdentifyingDetails>[1] = uk) =>
  detectIdentifyingDetails(text, options).map((finding) => `${finding.kind}:${finding.level}`);

describe('check digits (verified fixtures, domain.md §2.6)', () => {
  it.each([
    ['9434765919', true],
    ['6541003238', true],
    ['6716689966', true],
    ['9990000018', true],
    ['9990000026', true],
    ['9991234560', false],
    ['0000000001', false],
    ['943476591', false],
  ])('NHS mod 11: %s → %s', (digits, valid) => {
    expect(mod11Valid(digits)).toBe(valid);
  });

  it.each([
    ['B801200005001', true],
    ['A801200005001', false],
    ['I801200005001', false],
    ['B80120000500', false],
  ])('UPN check letter: %s → %s', (upn, valid) => {
    expect(upnValid(upn)).toBe(valid);
  });

  it.each([
    ['3112', true],
    ['3102', false],
    ['0013', false],
  ])('CHI begins with a real DDMM: %s → %s', (prefix, valid) => {
    expect(chiDateValid(`${prefix}150000`)).toBe(valid);
  });
});

describe('detectIdentifyingDetails', () => {
  it.each([
    ['an NHS number next to a health keyword', 'NHS no 943 476 5919 for the referral', ['nhs_number:block']],
    ['a bare number that passes the NHS checksum', 'Someone wrote 9434765919 down', ['nhs_number:warn']],
    ['a grant number that passes the NHS checksum', 'Grant 9434765919 is paid', []],
    ['a labelled NHS test-range number: worth a check only', 'NHS 999 123 4560', ['nhs_number:warn']],
    ['an unlabelled number that fails the checksum', 'Invoice 999 123 4560 is paid', []],
    ['a National Insurance number', 'NI AB 12 34 56 C', ['ni_number:block']],
    ['the invalid-by-design QQ example', 'QQ 12 34 56 A', []],
    ['a unique pupil number', 'UPN B801200005001', ['upn:block']],
    ['an anchored date of birth', 'DOB 14/03/2019', ['date_of_birth:block']],
    ['an unanchored date', 'Meeting on 14/03/2027', []],
    ['a full postcode', 'They moved to SW1A 1AA', ['postcode:block']],
    ['an outward code alone', 'Families across SW1A and M14', []],
    ['a street address', 'Visited 14 Elm Road', ['street_address:block']],
    ['a family’s UK mobile', 'Call mum on 07700 900123', ['phone:block']],
    ['a UK mobile with nothing around it', 'Call 07700 900123', ['phone:warn']],
    ['a freephone helpline, published', 'Helpline 0800 111 1111', []],
    ['an e-mail address', 'Mail jo.bloggs@gmail.com', ['email:block']],
    ['a case reference', 'Chase case ref 12345', ['case_reference:block']],
    ['a name next to an age', 'Jamie, aged 7, came alone', ['child_name:block']],
    ['a family surname', 'The Smith children were out late', ['child_name:block']],
    ['a kinship phrase', "Jayden's mum called", ['child_name:block']],
    ['coalition-level numbers', '14 of 20 schools signed up; 88% found it useful', []],
    ['a task reference', 'T-42 is done and M-3 is on track', []],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('uses the US rules in US mode: SSNs and US phone numbers block, UK health numbers are not looked for', () => {
    expect(kinds('SSN 123-45-6789, mom’s cell (212) 555-0187', { jurisdiction: 'us' })).toEqual([
      'ssn:block',
      'phone:block',
    ]);
    expect(kinds('SSN 666-12-3456', { jurisdiction: 'us' })).toEqual(['ssn:warn']);
    expect(kinds('Budget line 666-12-3456', { jurisdiction: 'us' })).toEqual([]);
    expect(kinds('NHS 943 476 5919', { jurisdiction: 'us' })).not.toContain('nhs_number:block');
  });

  it('never flags allow-listed partner staff, organisations or published contacts', () => {
    const allow = {
      staffNames: ['Priya Shah'],
      organisations: ["St Mary's Primary"],
      contacts: ['020 7946 0958', 'info@northside.org'],
    };
    expect(
      kinds("Priya's team at St Mary's Primary can be reached on 020 7946 0958 or info@northside.org", {
        jurisdiction: 'uk',
        allow,
      }),
    ).toEqual([]);
    expect(kinds('Call 020 7946 0958', uk)).toEqual(['phone:warn']);
    expect(kinds('Mum is on 020 7946 0958', uk)).toEqual(['phone:block']);
  });

  it('points the span at the detail', () => {
    const text = 'Her NHS number is 943 476 5919.';
    const [finding] = detectIdentifyingDetails(text, uk);
    expect(text.slice(finding?.start, finding?.end)).toBe('943 476 5919');
  });
});

describe('concern language and wording', () => {
  it.each([
    ['A pupil disclosed something at club', true],
    ['He said his dad hit him', true],
    ['We are worried about a child in the group', true],
    ['The strategy meeting is tomorrow', true],
    ['Posters went up in every school', false],
  ])('%s → %s', (text, concern) => {
    expect(hasConcernLanguage(text)).toBe(concern);
  });

  it('suggests a rewording without the detail', () => {
    expect(rewordingHint(['child_name'])).toMatch(/a pupil at one of our schools/);
    expect(rewordingHint(['date_of_birth'])).toMatch(/age group/);
  });
});
