import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DetectorOptions, detectIdentifyingDetails } from '../../../../src/domain/privacy/index.js';
import { themeRewording } from '../../../../src/domain/privacy/wording.js';

const uk: DetectorOptions = { jurisdiction: 'uk' };
const us: DetectorOptions = { jurisdiction: 'us' };
const blockedKinds = (text: string, options: DetectorOptions = uk) =>
  detectIdentifyingDetails(text, options)
    .filter((finding) => finding.level === 'block')
    .map((finding) => finding.kind);

describe('a disclosure about one child, named or not, is refused', () => {
  it.each([
    ['a girl in our after-school club told us that her stepdad hits her', uk],
    ["one of our Year 8 boys said he's being made to carry packages for older lads", uk],
    ['a 13-year-old we support has been going missing at weekends', uk],
    ['the youngest in our pre-school keeps arriving hungry', uk],
    ['a mum at our group admitted she leaves the kids alone overnight', uk],
    ['kid in my class said mom’s boyfriend hits him', us],
    ['a 5th grader in our program came in with a black eye', us],
    ['1 of our yr11 girls told me shes sending pics to a guy she met online who is 19', uk],
    ['Staff acted quickly when a Year 4 pupil disclosed that her uncle hurt her.', uk],
    ['lad on our football team hasnt been home in 3 days and wont say where hes staying', uk],
    ['A girl who attends our dance class has told her teacher that her stepfather photographs her in the bath.', uk],
    ['girl in our reading group said she doesnt go to school on mondays cos she has to mind the baby', uk],
    ['A sixth grader in our after-school club stated that she is often left to care for her infant sibling.', us],
    ['Spoke to a Year 9 girl today. She said her dad hits her.', uk],
  ] as const)('%s', (text, options) => {
    expect(blockedKinds(text, options)).toContain('concern_disclosure');
  });
});

describe('theme-level updates with the same alarming words pass', () => {
  it.each([
    'more young people at the drop-in are showing signs of exploitation',
    'two schools asked for neglect training',
    'We ran a session on what to do if a child discloses abuse.',
    'referrals for domestic abuse rose by 20% this quarter',
    'Sarah said she has seen more self-harm referrals from the college this term.',
    'A young person-led campaign on consent launched at the college.',
    'a parent workshop on online grooming is booked for March',
    'A child who is being groomed may have new phones or money: see the briefing.',
    'We want the voice of the child in every neglect assessment.',
    'a teacher told us she is worried about attendance across year 9',
    'Mandated reporters must report when they suspect a child is being abused or neglected.',
    'The serious case review looked at how agencies responded to a baby’s injuries.',
    'Research suggests a child exposed to domestic violence is at greater risk of anxiety.',
    'sorry i missed the meeting, my little boy was poorly',
  ])('%s', (text) => {
    expect(blockedKinds(text)).toEqual([]);
  });

  it('holds for any plural subject with any harm word, in either jurisdiction', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('More young people', 'Several schools', 'Partners', 'Youth workers', 'Three GP practices'),
        fc.constantFrom('are reporting', 'asked for training on', 'want a briefing on', 'are seeing more'),
        fc.constantFrom('neglect', 'self-harm', 'county lines', 'domestic abuse', 'grooming', 'exploitation'),
        fc.constantFrom(uk, us),
        (subject, verb, harm, options) => {
          expect(blockedKinds(`${subject} ${verb} ${harm} this term.`, options)).toEqual([]);
        },
      ),
    );
  });

  it('and any one child who tells of harm is refused', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'A girl in our club',
          'One of our Year 9 boys',
          'A 14-year-old we support',
          'A pupil in Year 3',
        ),
        fc.constantFrom('told us', 'said', 'disclosed'),
        fc.constantFrom('her dad hits her', 'she is scared to go home', 'an older man is messaging her at night'),
        (who, verb, what) => {
          expect(blockedKinds(`${who} ${verb} that ${what}.`)).toContain('concern_disclosure');
        },
      ),
    );
  });
});

describe('the theme-level rewording', () => {
  it.each([
    ['she keeps arriving hungry in the same clothes', 'neglect'],
    ['he is being made to carry drugs', 'criminal exploitation'],
    ['she has been going missing at weekends', 'young people going missing'],
    ['something we cannot place', 'safeguarding concerns'],
  ])('%s → %s', (text, theme) => {
    // The theme is the only part that depends on the text: nothing of the original is repeated.
    expect(themeRewording(text)).toBe(
      `For the coalition, share the theme instead, for example: “We are seeing more concerns about ${theme} among the young people we work with.”`,
    );
  });
});
