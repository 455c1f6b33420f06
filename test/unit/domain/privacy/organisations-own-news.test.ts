import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanByRules } from '../../../../src/domain/privacy/detector.js';
import {
  type DetectorOptions,
  detectIdentifyingDetails,
  type FindingKind,
} from '../../../../src/domain/privacy/index.js';
import { colleaguesNews, writersOwnNews } from '../../../../src/domain/privacy/own-news.js';

const uk: DetectorOptions = { jurisdiction: 'uk' };
const us: DetectorOptions = { jurisdiction: 'us' };
const blocked = (text: string, options: DetectorOptions) =>
  detectIdentifyingDetails(text, options)
    .filter((finding) => finding.level === 'block')
    .map((finding) => finding.kind);
const ruleBlocks = (text: string, options: DetectorOptions): FindingKind[] =>
  scanByRules(text, options)
    .findings.filter((finding) => finding.level === 'block')
    .map((finding) => finding.kind);

// Sentences written for these tests in the shapes the training writers used, not copied from any set.
describe("the coalition's own paperwork, venues and services are not a child's", () => {
  it.each([
    ['a reference the contract is named after', 'Reference number 4417203958 covers the youth outreach contract.', us],
    [
      'a grant number further along the sentence',
      'the lottery funding came through and the second one is GR-2026-0457',
      uk,
    ],
    ['an invoice named after the number', 'our account id is 7730119245, please quote it on invoices', us],
    [
      'a strategy reference with a version number',
      'The exploitation strategy (version 2.1, ref EX-STR-2026) goes to the board.',
      uk,
    ],
    [
      'a sponsorship reference',
      'the sponsorship with the garage is ref GAR/2026/012, their logo goes on the shirts',
      uk,
    ],
    [
      'a grant reference that is also a 10-digit number',
      'Grant reference 6603917245 has been assigned to the youth mentoring campaign.',
      us,
    ],
    [
      'a venue by its church and its dinner',
      'family fun night: 3/14 at 5:30pm, Hope Methodist, 212 Oak Ave, dinner provided',
      us,
    ],
    ['an office moving building', 'the early help team is moving to the new building at 18 Mill Lane from 1 March', uk],
    ['a role mailbox at nhs.net', 'Referrals go to the school nursing team at snt.north@nhs.net.', uk],
    ['a foundation named by a surname', 'huge thanks to the Patel Family Foundation for funding the teen cafe', us],
    [
      'a hospital named for children',
      "Nurses at Children's Mercy flagged head injuries in babies as a training need.",
      us,
    ],
    ['a place word before kids', 'we should run a summer scheme for the estate kids next year', uk],
  ])('%s', (_, text, options) => {
    expect(ruleBlocks(text, options)).toEqual([]);
  });

  it.each([
    [
      'a case reference with a child in the sentence',
      'case ref 4417203958 is the boy on the funded mentoring scheme',
      uk,
      'case_reference',
    ],
    [
      'a strategy discussion about a case',
      'Update on referral number 5521: strategy discussion booked.',
      uk,
      'case_reference',
    ],
    ['a family moving house', 'she is moving to 14 Elm Road with her mum next week', uk, 'street_address'],
    ['a home beside a time', 'the boy was seen at 9pm outside his house at 14 Elm Road', uk, 'street_address'],
    ['a lowercase name after a time', 'the other day jack (Y5) got his certificate', uk, 'child_name'],
    ['a MASH reference beside funding', 'MASH ref 88213, awaiting the funding panel decision', uk, 'case_reference'],
    ['a listed name with a noun’s ending', 'Clemence (Y4) won the spelling bee', uk, 'child_name'],
    ['a case number beside a policy', 'case ref 7730119245 was handled under the neglect policy', uk, 'case_reference'],
    ['a family by its surname', 'the okafor kids were late 5 times this week', uk, 'child_name'],
    ['a family phone by its label', "kiddo's foster home # is 617.555.0143 if the school needs someone", us, 'phone'],
    ['a date of birth for a named child', 'Date of birth for Kayden Price is 03/07/2014.', uk, 'date_of_birth'],
    ["a child's 504 plan number", "the counselor said maria's 504 plan number is 504-22817", us, 'case_reference'],
  ])('still refuses %s', (_, text, options, kind) => {
    expect(ruleBlocks(text, options)).toContain(kind);
  });
});

describe("the writer's own family and colleagues' news", () => {
  it.each([
    ['an adult son with his age', 'my son passed his driving test today!! hes 22 so about time lol', uk],
    ['a daughter with her age and job', 'my daughter (shes 27 and a paramedic now) will talk at the careers fair', uk],
    ['the writer away for a parent', 'sorry i missed the meeting, my mum was in hospital, all fine now', uk],
    ["a colleague's new baby", "coach sam's wife had her baby boy on friday!! mum and baby both doing well", us],
    ['a volunteer becoming a dad', 'congrats to our volunteer jon who just became a dad, little girl, both well', us],
  ])('%s passes', (_, text, options) => {
    expect(blocked(text, options)).toEqual([]);
  });

  it.each([
    ['a disclosure told by the writer’s son', 'my son said a boy in his class told him his dad hits him', uk],
    ['a worker telling of a child', 'our support worker said he was left home alone for hours with no food again', uk],
    ['the writer’s son harmed', 'my son was in hospital after he was stabbed on the way home', uk],
    ['a foster son', 'our foster son came home with bruises and said his old carer hit him', uk],
    [
      'a girl at the club beside the writer’s own news',
      'sorry i missed last week, my dad was in hospital. a girl at youth club told us her stepdad hits her',
      uk,
    ],
  ])('%s is still refused', (_, text, options) => {
    expect(blocked(text, options)).not.toEqual([]);
  });

  it('is never the writer’s or a colleague’s news once another child is in the sentence', () => {
    const child = fc.constantFrom(
      'a girl in year 9',
      'one of our pupils',
      'the 4 yr old',
      'a lad from the estate',
      'a student',
    );
    const news = fc.constantFrom(
      'my daughter had her baby yesterday',
      'sorry i missed it, my dad was in hospital',
      'my son is 24 now',
      'coach dave had his baby girl, mum and baby both doing well',
    );
    fc.assert(
      fc.property(news, child, (own, someone) => {
        const sentence = `${own} and ${someone} told us she is scared to go home`;
        expect(writersOwnNews(sentence)).toBe(false);
        expect(colleaguesNews(sentence)).toBe(false);
      }),
    );
  });
});
