/** The shapes that put a name in child context, looked for right before or right after the name. */

export const CHILD_NOUN =
  '(?:kindergartn?er|preschooler|pre-?k(?:er)?|grader|freshman|sophomore|camper|mentee|foster youth|care leaver|looked after child|young carer|twins|lil|wee|baby|babies|toddler|infant|newborn|child|kid|pupil|student|son|daughter|boy|girl|lad|lass|teen|teenager|sibling|brother|sister|grandson|granddaughter|stepson|stepdaughter|nephew|niece|foster child|little one|youngest|eldest|yp|young person)';
export const KIN =
  '(?:mum|mums|mom|moms|mam|mummy|mommy|dad|dads|daddy|mother|father|parents?|carers?|foster (?:mum|mom|dad|carer|parents?)|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents?|brother|sister|siblings?|step ?(?:mum|mom|dad|father|mother|brother|sister)|aunt|auntie|aunty|uncle|cousin|twin|family|household|house|bedroom|school|class|teacher|key ?worker|social worker|boyfriend|girlfriend|ehcp|iep|504 plan|cp plan|cin plan|pep|placement|foster placement)';
// A child's age: any number of months or weeks, years only up to 17 ("Sarah is 30" is not a child).
const CHILD_AGE = String.raw`(?:1[0-7]|0?[0-9])(?!\d)`;
export const AGE_AFTER = new RegExp(
  [
    String.raw`^\s*[,(]?\s*(?:aged?\s+)?\d{1,2}\s*(?:months?|mths?|weeks?|wks?)\b`,
    String.raw`^\s*,?\s*(?:(?:who\s+)?(?:is|was|turns|turned)\s+(?:only\s+)?|aged?\s+|\(\s*(?:aged?\s*)?)${CHILD_AGE}`,
    String.raw`^\s*,\s*${CHILD_AGE}\s*(?:,|yo\b|y\/?o\b|-?years?-?old|(?=\s*(?:[.;:)!]|and\b|&|$)))`,
    String.raw`^\s+${CHILD_AGE}\s*(?:yo\b|y\/o\b|yrs?\b|-?years?-?old)`,
  ].join('|'),
  'i',
);
/** A bare age right after a known given name: "well done to freya 8 who…", "Kai 15 and…" (never "Suite 4,"). */
export const BARE_AGE_AFTER = new RegExp(
  String.raw`^\s+${CHILD_AGE}(?=\s*(?:[,;!)]|$)|\s+(?:who|and|&|has|is|was|from|with|got|did|made|came|said|told|for|on|started|starts|joined|joins|turned|went)\b)`,
  'i',
);
export const YEAR_AFTER =
  /^\s*(?:,\s*|\(\s*|\s*[-–—/]\s*|,?\s*(?:is\s+|who\s+is\s+|who['’]?s\s+|who\s+(?:was|joined|started|moved)\s+)?(?:in|of|from|to|into|joining|joins|joined|starting|started|moving to|moved to|moves to)\s+(?:the\s+)?|\s+(?:is\s+)?(?:an?|the)\s+|\s+)?(?:(?:year|yr|y)\s?\d{1,2}\b|(?:gr|grd)\.?\s?\d{1,2}\b|\(\s*k\s*\)|\d{1,2}[A-Z]{1,2}\d?\b(?<!\d(?:am|pm|th|st|nd|rd|AM|PM))|\(\s*(?:lac|cla|cin|cp|cic|sen|send|ehcp|fsm|pp|eal|yc|iep|504)\s*\)|\d{1,2}(?:st|nd|rd|th)[- ]?(?:grader?|gr|grd)\b|grade\s?\d{1,2}\b|u(?:1[0-8]|[5-9])s?\b|pre-?k\b|kindergarten|reception\b|nursery\b|pre[- ]?school|sixth form|6th form|freshman|sophomore|(?:early )?head ?start\b|kinder\b|tk\b|pre-?kinder)/i;
export const CHILD_APPOSITION = new RegExp(
  String.raw`^\s*,\s*(?:(?:who|she|he)(?:['’]?s|\s+is|\s+was)\s+)?(?:a|an|our|my|the|one of our)\s+(?:(?:junior|senior) (?:at|in)\b|(?:[\w-]+\s+){0,2}?(?:${CHILD_NOUN}s?\b|\d{1,2}[- ]?(?:year|month)s?[- ]?old|\d{1,2}(?:st|nd|rd|th)[- ]?grader))`,
  'i',
);
// "Ruby-Leigh and her brother", "Omar and his mum": a name beside the child's own family.
export const WITH_FAMILY_AFTER =
  /^\s+(?:and|&|\+)\s+(?:his|her|their)\s+(?:(?:little|baby|younger|older|big|twin|half|step|new)\s+)?(?:brother|sister|sis|bro|siblings?|twin|mum|mom|mam|dad|nan|gran|grandma|grandad|carer|foster carer)s?\b/i;
export const BIRTHDAY_AFTER =
  /^\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth)\s+birthday\b/i;
// "the district's family engagement office", "the Smith family support fund": the family word names a service.
const NOT_A_SERVICE = String.raw`(?!\s+(?:engagement|support|services?|hubs?|centres?|centers?|liaison|workers?|team|partnership|network|officer|lead|line|days?|events?|fun|learning|programmes?|programs?|forum|council|court|law|office|resource|justice|advocacy|group|room|nights?|cafe|café|foundation|fund|trust|charity|charitable|scholarships?|awards?))`;
export const KIN_AFTER = new RegExp(
  String.raw`^\s+(?:(?:new|old|older|younger|little|big|baby|real|birth|foster)\s+)?${KIN}\b${NOT_A_SERVICE}`,
  'i',
);
export const FAMILY_AFTER = new RegExp(
  String.raw`^\s+(?:children|kids|family|families|boys|girls|twins|siblings|household|brothers|sisters|lot|baby|babies)\b${NOT_A_SERVICE}`,
  'i',
);
export const CHILD_BEFORE = new RegExp(
  String.raw`(?:${CHILD_NOUN}|siblings|little|(?:year|yr|y)\s?\d{1,2}['’]s|(?:year|yr|y)\s?\d{1,2}|\d{1,2}(?:st|nd|rd|th)[- ]?grader?|\d{1,2}[- ]?(?:year|yr|month)s?[- ]?old|\d{1,2}\s*yo)(?:\s+${CHILD_NOUN})?,?\s+(?:(?:called|named|aka)\s+)?$`,
  'i',
);
export const TITLE_BEFORE =
  /\b(?:mr|mrs|ms|miss|mx|dr|prof|rev|revd|cllr|pc|dc|ds|di|sgt|det|detective|officer|coach|nurse|sister|father|pastor|imam|rabbi|judge|councillor|sir|dame|lady|lord|madam|st|saint)\.?\s+$/i;
/** "our youth worker kayleigh", "the new safeguarding officer, it's mike": a role right before names staff. */
export const ROLE_BEFORE =
  /\b(?:our|the|a|their|new|your)\s+(?:[\w-]+\s+){0,2}?(?:worker|volunteer|teacher|manager|lead|coordinator|officer|trustee|mentor|tutor|chair|director|dsl|senco|head|principal|counsell?or|caseworker|practitioner|admin|receptionist|librarian|governor|colleague|nurse|coach)s?(?:\s*[,:–-]?\s*(?:is|it['’]?s|its)\s+|\s*[:–-]\s*|\s+)$/i;
export const ADULT_AFTER =
  /^\s+(?:number|no\.?|ref|reference|id|code|#)(?=[\s:#]|$)|^\s*(?:is|will be|['’]s|will|can)\s+(?:covering|cover|leading|lead|running|run|chairing|chair|hosting|host|organising|organizing|managing|presenting|facilitating|on (?:mat |annual |sick )?leave|off sick|back on|taking over|doing the|sorting)\b|^\s*,\s*(?:[A-Z][a-z]+\s*,\s*)?(?:[A-Z]{2}\s+\d{5}|[A-Z]{1,2}\d[\dA-Z]?\s*\d[A-Z]{2})\b|^\s*(?:[A-Z][a-z'’-]+\s*)?,?\s*\(?\s*(?:(?:is|was|as)\s+)?(?:(?:our|the|a|an|their|my|his|her)\s+)?(?:(?!(?:got|gets|won|wins|did|made|took|takes|scored|played|has|had)\b)[\w-]+\s+){0,3}?(?:teacher|head|headteacher|principal|dsl|senco|lead|manager|worker|nurse|officer|coordinator|chair|volunteer|trustee|coach|director|counsell?or|caseworker|health visitor|midwife|gp|doctor|paramedic|pcso|detective|sergeant|inspector|councillor|pastor|vicar|imam|rabbi|mentor|tutor|ta|hlta|advocate|therapist|psychologist|consultant|admin|receptionist|librarian|governor|ceo|founder|organi[sz]er|facilitator|practitioner|clinician|administrator|leader|rep|representative|specialist|supervisor|assistant|deputy|colleague|partner|charity|trust|foundation|project|association|society|service|team|network|partnership)s?\b|^['’]?s?\s+(?:Place|Trust|House|Foundation|Project|Centre|Center|Hub|Club|Fund|Law|Academy)\b|^\s+from\s+(?!(?:the\s+)?(?:year|yr|y\d|class|reception|nursery|grade|\d))/i;
export const THANKS_BEFORE =
  /\b(?:thanks?|thank you|shout ?-?out|kudos|well done|welcome|congrat\w*|cheers)\s+(?:to\s+)?$/i;
export const CHILD_LIFE =
  /\b(?:his|her)\s+(?:glasses|homework|reading|spelling|school|class|classroom|teacher|uniform|exams?|gcses?|sats|grades|attendance|nursery|lunch|packed lunch|bike|football|trainers|ehcp|iep|plan)\b/i;

// "Kwame said his stepdad…": a word we cannot check as a name, told apart from "Ofsted said the…" by what follows.
export const TELLS_OF_FAMILY =
  /^\s+(?:has\s+|had\s+)?(?:told|said|says|disclosed|admitted|confided|mentioned|revealed)\s+(?:(?:us|me|staff|her|his|the|a|teacher|worker|mentor|that)\s+){0,3}(?:his|her|he|she|he['’]s|she['’]s)\b/i;

// "the Child Abuse Prevention Council", "Grace Academy": a capitalised run that names an organisation has no child in it.
const ORGANISATION_WORD =
  /^(?:council|service|services|centre|center|hotline|helpline|line|board|department|trust|foundation|partnership|team|unit|hub|network|alliance|coalition|project|programme|program|agency|office|committee|forum|club|academy|school|college|university|hospital|clinic|church|court|prevention|protection|society|association|institute|fund|bank|library|ministry|charity|commission|authority|chambers|house|hall|park|road|street|avenue|review|panel|report|inquiry|strategy)$/i;
const TITLE_RUN_BEFORE = /(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|&|the)\s+)?)+$/;
const TITLE_RUN_AFTER = /^(?:\s+(?:(?:of|and|for|&|the)\s+)?[A-Z][\w'’&-]*)+/;
// "Children's Mercy", "Children's Minnesota": a hospital or charity named for the children it serves.
const NAMED_FOR_CHILDREN = /\b(?:Children|Childrens|Kids|Women and Children)['’]s?\s+$/;
export function inOrganisationName(text: string, start: number, end: number): boolean {
  if (NAMED_FOR_CHILDREN.test(text.slice(Math.max(0, start - 30), start))) return true;
  const before = TITLE_RUN_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? '';
  const after = TITLE_RUN_AFTER.exec(text.slice(end, end + 60))?.[0] ?? '';
  return `${before} ${after}`.split(/\s+/).some((word) => ORGANISATION_WORD.test(word.replace(/['’]s$/, '')));
}
