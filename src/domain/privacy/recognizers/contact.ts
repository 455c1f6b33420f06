import type { Recognizer } from '../recognizer.js';

/** Words that make a contact detail or an address someone's own: a family's, a child's, a carer's. */
// A family word that names a service ("family resource center", "parent cafe") says nothing about a family.
const NAMES_A_SERVICE = String.raw`(?!\s+(?:resource|support|hub|centre|center|services?|court|liaison|link|worker|practitioner|nurse|team|partnership|network|help|fun|learning|group|line|room|cafe|café|forum|council|evening|night|leaders?|champions?|voice|panel|workshop|session|class|programme|program|association|led|abuse|protection|prevention|welfare|advocacy|rights|safeguarding|fatality))`;
// A child's or a family's own: a phone number or e-mail beside these words must be reworded.
// Singular: "parents can call 617…" is an invitation to all of them, "mum's number" is one family's.
const FAMILY_WORDS = String.raw`(?:mums|moms|mams|dads|nans|grans|carers|parents)(?=\s+(?:mobile|mob|number|no|phone|cell|email|e-mail|landline))|mum|mom|mam|mummy|dad|daddy|mother|father|parent|carer|caregiver|guardian|family|grandma|grandmother|grandfather|grandpa|grandad|granddad|grandparents?|nan|nana|nanna|gran|granny|aunt|auntie|aunty|uncle|cousin|brother|sister|sibling|step ?(?:mum|mom|dad|father|mother)|stepfather|stepmother|boyfriend|girlfriend|foster|child(?:['’]s)?|kid|boy|girl|son|daughter|baby|pupil|student|young person|teen|teenager|yp|\\d{1,2} ?yo|lives|living|staying|moved`;
export const FAMILY_CONTEXT = new RegExp(String.raw`\b(?:${FAMILY_WORDS})\b${NAMES_A_SERVICE}`, 'i');
/** Someone's own, family or not: enough to make an address a home; an adult's own number stays a warning. */
export const PERSONAL_CONTEXT = new RegExp(
  String.raw`\b(?:${FAMILY_WORDS}|partner|home|his|her|personal|private|cell|address is|number is)\b${NAMES_A_SERVICE}`,
  'i',
);

/** Words that make it an organisation's, a service's or a venue's published detail. */
export const ORGANISATION_CONTEXT =
  /\b(?:office|offices|team|hub|centre|center|helpline|hotline|advice line|line|switchboard|reception|duty|desk|service|services|clinic|surgery|school|academy|church|mosque|temple|gurdwara|synagogue|library|council|lado|mash|front door|consultation|enquir(?:y|ies)|bookings?|book|referrals?|main|general|out of hours|department|dept|practice|coordinator|manager|contact us|call us|ring us|text us|email us|e-mail us|reach us|our|published|website|poster|leaflet|flyer|venue|hall|session|sessions|meeting|training|drop-in|event|pantry|foodbank|food bank|partnership|board|agency|unit|project|programme|program|charity|shelter|station|precinct|conference|festival|fair|gala|ceremony|awards|celebration|museum|armouries|theatre|stadium|campus|university|college|club|clubs|hiring|vacancy|vacancies|jobs?|apply|volunteering|donations?|donate|hut|hall|scouts|guides|brigade|association|society|federation|ymca|ywca|open|opening hours|mon|monday|weekdays|24\/7)\b/i;

// "Grant reference 5831029946", "account no. 0113…": a number after a paperwork label is a reference, not a phone
// ("mum's number 07700…" keeps its phone reading: "number" alone is no such label).
const REFERENCE_LABEL =
  /\b(?:ref(?:erence)?|grant|(?:sub)?award|invoice|account|order|po|ein|vat|charity|company|id)\s*(?:no\.?|number|num|#)?\s*(?:is|:|#|=)?\s*$/i;
const afterReferenceLabel = (text: string, start: number) =>
  REFERENCE_LABEL.test(text.slice(Math.max(0, start - 30), start));

// A family's own number by its label: "kiddo's foster home # is 543…", "mum's mobile: 07…" (a school nearby or not);
// an adult's "home landline" stays a warning.
const PERSONAL_PHONE_LABEL =
  /\b(?:mum|mom|mam|dad|carer|parent|(?:foster|family|kinship) (?:home|carer|parent|mum|mom|dad)|grandma|grandad|nan|gran|aunt|auntie|uncle|family|kid|kiddo|child|boy|girl|son|daughter)(?:['’]?s)?\s+(?:(?:mobile|mob|cell|phone|number|landline|tel)\s*)?(?:#|no\.?|number|mobile|mob|cell|phone|landline|tel)\s*(?:is|:|-)?\s*$/i;

// Freephone and national helpline ranges are published numbers, not a family's: left out unless context says so.
const UK_HELPLINE = /^(?:080|03|0845|0870|116)/;
const US_TOLL_FREE = /^1?(?:800|833|844|855|866|877|888)/;

function ukDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.startsWith('44') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
}

function ukPhoneScore(value: string): boolean | undefined {
  const digits = ukDigits(value);
  if (!/^0[1-9]/.test(digits) || digits.length < 10 || digits.length > 11) return false;
  return undefined;
}

// A number with nothing around it is an adult's contact detail at most (warn); a family word makes it theirs (block).
export const phoneUk: Recognizer = {
  kind: 'phone',
  jurisdictions: ['uk'],
  patterns: [
    { name: 'mobile', regex: /(?<![\w+])(?:\+44\s?\(?0?\)?\s?|0)7(?:\d[\s-]?){8}\d(?![\d-])/, score: 0.45 },
    {
      name: 'landline',
      regex: /(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)[1-9]\d{1,3}\)?[\s-]?(?:\d[\s-]?){5,7}\d(?![\d-])/,
      score: 0.45,
    },
  ],
  validate: ukPhoneScore,
  label: PERSONAL_PHONE_LABEL,
  context: FAMILY_CONTEXT,
  againstContext: ORGANISATION_CONTEXT,
  reject: (text, start, end) => UK_HELPLINE.test(ukDigits(text.slice(start, end))) || afterReferenceLabel(text, start),
};

/** Freephone numbers only count when they are clearly a family's. */
export const helplineUk: Recognizer = {
  ...phoneUk,
  patterns: [{ name: 'freephone', regex: /(?<![\w+])0(?:80|3\d|845|870)\d?(?:[\s-]?\d){6,7}(?![\d-])/, score: 0.1 }],
  reject: undefined,
};

export const phoneUs: Recognizer = {
  kind: 'phone',
  jurisdictions: ['us'],
  patterns: [
    {
      name: 'NANP',
      regex: /(?<![\w-])(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?![\d-])/,
      score: 0.45,
    },
  ],
  label: PERSONAL_PHONE_LABEL,
  context: FAMILY_CONTEXT,
  againstContext: ORGANISATION_CONTEXT,
  reject: (text, start, end) =>
    US_TOLL_FREE.test(text.slice(start, end).replace(/\D/g, '')) || afterReferenceLabel(text, start),
};

const WEBMAIL =
  /@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|aol|btinternet|sky|virginmedia|proton(?:mail)?|gmx)\./i;
const ROLE_MAILBOX =
  /^(?:info|hello|admin|office|enquiries|inquiries|contact|team|lado|mash|safeguarding|duty|referrals?|reception|welfare|dsl|admissions|help|support|bookings?|training|events|no-?reply|frontdoor|earlyhelp|early\.help|cpa|cps|intake|hotline|mail)\b/i;
// "spa.camhs@nhs.net": the institution's domain may follow the @ directly.
const INSTITUTION_DOMAIN =
  /[.@](?:gov\.uk|nhs\.net|nhs\.uk|sch\.uk|police\.uk|ac\.uk|gov|edu|k12\.[a-z]{2}\.us|org|org\.uk)$/i;

/** A personal mailbox is identifying; a service's role mailbox or an institution's address is published. */
export const email: Recognizer = {
  kind: 'email',
  jurisdictions: ['uk', 'us'],
  patterns: [{ name: 'address', regex: /\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b/i, score: 0.6 }],
  validate: (value) => (WEBMAIL.test(value) ? true : undefined),
  context: PERSONAL_CONTEXT,
  againstContext: ORGANISATION_CONTEXT,
  reject: (text, start, end) => {
    const value = text.slice(start, end);
    return ROLE_MAILBOX.test(value) || (INSTITUTION_DOMAIN.test(value) && !WEBMAIL.test(value));
  },
};
