import type { Recognizer } from '../recognizer.js';
import type { Finding, Jurisdiction } from '../types.js';

// Grant, invoice, booking and similar references belong to the coalition's own paperwork, not to a child.
const ORGANISATIONAL =
  /\b(?:grant|grants|invoice|order|booking|purchase|po|funding|funder|bid|tender|contract|agreement|dsa|isa|project|programme|program|policy|procedure|room|charity|company|registered|ofsted|urn|school|version|v|page|section|clause|paragraph|item|minute|minutes|agenda|budget|cost code|account|ticket|issue|award|licen[cs]e|certificate|course|module|meeting|event|code|fund|funds|pathway|return|icb|commissioning|commissioned|framework|mou|sla|claim|allocation|scheme|vru|council|board)\b[^.;\n]{0,60}$/i;

// The coalition's own paperwork, named anywhere in the reference's sentence: "reference number … has been assigned to
// the state prevention contract", "fiscal sponsor id …, use it on the grant forms", "the neglect strategy (ref …)".
const PAPERWORK =
  /\b(?:grants?|contracts?|invoices?|invoicing|funding|funder|funders|funded|tender|procurement|purchase orders?|po|dpa|data (?:processing|sharing) agreement|agreements?|fiscal sponsor|sponsor|ein|tax|vat|charity (?:no|number)|company (?:no|number)|vendor|supplier|strategy(?!\s+(?:discussion|meeting|call|conversation))|strategic plan|(?:sub)?awards?|sponsor\w*|policy|policies|bid|budget|commission(?:ing|ed)?)\b/i;
// …unless a child or a family is in that sentence too: "the case number for the boy on the grant-funded scheme".
const SOMEONE_IN_SENTENCE =
  /\b(?:child|children|kids?|boy|girl|pupil|student|son|daughter|baby|toddler|teen|young person|yp|family|mum|mom|dad|parent|carer|placement|foster|he|she|his|her|him)\b/i;
// "the Child Protection policy", "child abuse prevention campaign": the child word names a service or a subject.
const CHILD_AS_SUBJECT =
  /\bchild(?:ren)?['’]?s?\s+(?:abuse|protection|welfare|safeguarding|poverty|exploitation|fatality|death|development|trust|fund|services?|prevention|advocacy|rights|mental health)\b/gi;
// A child's own record by its label stays one whatever paperwork the sentence names: "case ref 4471, under the policy".
const CHILD_RECORD_LABEL =
  /(?<![\w-])(?:case|referral|intake|crime|incident|mrn|student|pupil|learner|patient|hospital|medical record|liquid ?logic|mosaic|cpoms|myconcern|mash|cp|cin|lac|ehm|eclipse|carefirst|pnc|niche|sacwis|ccwis|fsfn|cps|dcfs|dcf)(?![\w-])[^.;\n]{0,25}$/i;
function paperworkSentence(text: string, start: number, end: number): boolean {
  if (CHILD_RECORD_LABEL.test(text.slice(Math.max(0, start - 40), start))) return false;
  // A sentence ends at a stop before a space, so "version 4.2" stays inside it.
  const before =
    text
      .slice(Math.max(0, start - 120), start)
      .split(/[.!?]\s|\n/)
      .pop() ?? '';
  const after = text.slice(end, end + 100).split(/[.!?](?:\s|$)|\n/)[0] ?? '';
  const sentence = `${before} ${after}`;
  return PAPERWORK.test(sentence) && !SOMEONE_IN_SENTENCE.test(sentence.replace(CHILD_AS_SUBJECT, ''));
}

// "the intake number for the sibling pair placed on Friday is 7734921-A": the label, whose record, then the number.
const FOR_WHOM = String.raw`(?:\s+for\s+(?:the|a|this|that|our|her|his|their)\s+[^.;:\n]{0,45}?\s+(?=is|was))?`;

// A record label right before the number: case management systems, schools, hospitals, police, US child welfare.
const RECORD_LABEL = new RegExp(
  `\\b(?:${[
    'case',
    'ref',
    'reference',
    'referral',
    'file',
    'crime',
    'incident',
    'occurrence',
    'cad',
    'log',
    'cp',
    'cin',
    'lac',
    'mash',
    'police',
    'intake',
    'record\\s*(?:no\\.?|num(?:ber)?|#|id)',
    'id',
    'student id',
    '(?:student|pupil|learner|client|patient|child|member|youth|participant)\\s*(?:no\\.?|num(?:ber)?|#|id)',
    'pupil id',
    'learner id',
    'child id',
    'client id',
    'person id',
    'mrn',
    'hospital (?:no\\.?|number|num)',
    'hospital\\s*#',
    'medical record(?: number| no\\.?)?',
    'liquid ?logic(?: id)?',
    'lcs',
    'mosaic(?: id)?',
    'ehm(?: id)?',
    'eclipse(?: id)?',
    'carefirst',
    'sims(?: id)?',
    'arbor(?: id)?',
    'cpoms',
    'myconcern',
    'cp-is',
    'pnc(?: id)?',
    'niche',
    'sacwis',
    'ccwis',
    'fsfn',
    'azeus',
    'capita',
    'cps',
    'dcfs',
    'dcf',
    'acs',
    'dss',
    // A child's plan by its number: "andres' 504 plan number is 504-11873".
    '(?:504|iep|ehcp|ehc|cp|cin|pep|care|safety)\\s+plan',
    'iep',
    'ehcp',
    '(?:hotline )?report\\s*(?:no\\.?|num(?:ber)?|#|ref|id)',
  ].join(
    '|',
  )})s?\\s*(?:no\\.?|num(?:ber)?|nr|#|ref(?:erence)?|id|code)?${FOR_WHOM}\\s*(?:is|was|=|under|as)?\\s*[:#.=-]?\\s*#?\\s*$`,
  'i',
);

// "report 2026-04-01..2027-03-31", "log 12/03/2025": a date after a label is a date, not a reference.
const DATE_SHAPED = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4}))$/;

/** Case, referral, record and student numbers: a record label with a number, or a structured CP-2024-0012. */
export const caseReference: Recognizer = {
  kind: 'case_reference',
  jurisdictions: ['uk', 'us'],
  patterns: [
    // Written in groups too: "RX1 442 8819", "00 781 234".
    {
      name: 'labelled number',
      regex: /\b[A-Z]{0,4}[/-]?\d(?:[\dA-Z/-]*(?:\s\d{3,5}){1,3}|[\dA-Z/-]{2,})\b/i,
      score: 0,
    },
    { name: 'structured', regex: /\b[A-Z]{2,4}[-/]\d{2,4}[-/]\d{3,}\b/, score: 0.6 },
  ],
  // A year alone ("case 2024") and a count ("report 150 referrals") are not references.
  validate: (value) =>
    /^(?:19|20)\d\d$/.test(value) ||
    /^\d{1,3}$/.test(value) ||
    value.replace(/\D/g, '').length < 3 ||
    DATE_SHAPED.test(value)
      ? false
      : undefined,
  label: RECORD_LABEL,
  labelReach: 80,
  reject: (text, start, end) =>
    ORGANISATIONAL.test(text.slice(Math.max(0, start - 40), start)) || paperworkSentence(text, start, end),
};

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  [
    '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})',
    '\\d{4}-\\d{2}-\\d{2}',
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}`,
    `(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    // Day and month alone still give the birthday away (HIPAA counts every date element but the year).
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`,
    `(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
  ].join('|'),
  'i',
);

// "he was born in feb 2012": a month and year still narrow a child down, unless a cohort was born then.
const MONTH_YEAR = new RegExp(`(?:${MONTHS})\\.?,?\\s+(?:of\\s+)?\\d{4}`, 'i');
const COHORT_BEFORE =
  /\b(?:children|kids|babies|pupils|students|those|anyone|everyone|people|families|cohort|all|any|youngsters|toddlers|infants)\b[^.;]{0,20}$/i;
const DOB_ANCHOR = /\b(?:d\.?o\.?b\.?|date of birth|born|birthday(?:['’]s)?|bday|b-day|birth date|birthdate)(?!\w)/gi;
// "children born between 1 September 2021 and 31 August 2022": an eligibility range, not someone's birthday.
const RANGE_AFTER = /^\s+(?:between|after|before|from|since|on or (?:after|before)|in or after)\b/i;
// "the club's 10th birthday party on 12 June" is an event, not someone's date of birth.
const ANNIVERSARY =
  /\d(?:st|nd|rd|th)\s+birthday|birthday\s+(?:party|parties|celebrations?|assembly|event|bash|cake|fundraiser|sale|bake|card)/i;
// Between "born" and the date: a few words ("born at the RVI on", "born prem on"); "DOB" takes the date at once.
const BIRTHDAY_LINK = /^\s*(?:is|was|on|:|-)?\s*$/i;
const BORN_LINK = /^[\s:,.=–-]*(?:[a-z0-9'’]+[\s,]+){0,6}?(?:on|is|was|:|-)?\s*$/i;
// "Date of birth for Joshua Fairbanks is 22/11/2012": whose, then the date.
const DOB_LINK =
  /^[\s:,.=–-]*(?:for\s+(?:[\w'’-]+\s+){1,3}(?=is|was|:))?(?:(?:is|was|on|of|falls|given|listed|recorded|as|her|his|the)\b[\s:,.=–-]*){0,3}$/i;
const ANCHOR_REACH = 45;

/** A date is a date of birth only next to "DOB", "born" or "birthday"; any other date is a meeting or a deadline. */
export function datesOfBirth(text: string, _jurisdiction: Jurisdiction): Finding[] {
  const findings: Finding[] = [];
  for (const anchor of text.matchAll(DOB_ANCHOR)) {
    const from = (anchor.index ?? 0) + anchor[0].length;
    if (ANNIVERSARY.test(text.slice(Math.max(0, (anchor.index ?? 0) - 12), from + 14))) continue;
    if (RANGE_AFTER.test(text.slice(from, from + 16))) continue;
    const window = text.slice(from, from + ANCHOR_REACH);
    const date =
      DATE.exec(window) ??
      (COHORT_BEFORE.test(text.slice(Math.max(0, (anchor.index ?? 0) - 30), anchor.index))
        ? null
        : MONTH_YEAR.exec(window));
    if (!date) continue;
    const link = /^born$/i.test(anchor[0]) ? BORN_LINK : /['’]s$/.test(anchor[0]) ? BIRTHDAY_LINK : DOB_LINK;
    if (!link.test(window.slice(0, date.index))) continue;
    findings.push({
      kind: 'date_of_birth',
      start: anchor.index ?? 0,
      end: from + date.index + date[0].length,
      score: 0.85,
      level: 'block',
    });
  }
  return findings;
}
