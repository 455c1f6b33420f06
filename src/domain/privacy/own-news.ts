/**
 * The writer's own family news: "sorry i missed last week, my dad was in hospital", "my daughter had her baby so
 * i'll be out for a week". An adult's own relative, beside an adult's life event or the writer's own absence, is no
 * child in the partnership's care; the learned model, which reads "daughter", "baby" and "hospital", may not refuse
 * it on its own. A foster child is the partnership's ("our foster son"), and so is any other child in the sentence.
 */
const KIN_BEFORE = String.raw`\b(?:my|our)\s+(?:(?:own|eldest|youngest|oldest|older|younger|elderly|late|grown[- ]up)\s+)?`;
const OWN_ADULT_KIN = new RegExp(
  String.raw`${KIN_BEFORE}(?:dad|mum|mom|mam|mother|father|husband|wife|hubby|nan|gran|grandma|grandad|grandpa|grandmother|grandfather|sister|brother|aunt|uncle|[a-z]+-in-law|in-laws)(?:['’]?s)?\b`,
  'i',
);
const OWN_CHILD = new RegExp(String.raw`${KIN_BEFORE}(?:daughter|son)(?:['’]?s)?\b`, 'i');
// What a grown-up son or daughter does, or the writer's own time away: never harm done to a child.
const GROWN_UP_OR_AWAY =
  /\b(?:wedding|married|engaged|honeymoon|had (?:her|his|their|a) baby|grand(?:ma|pa|parent|child|son|daughter)s?|uni|university|college|graduat\w*|retir\w*|new job|moved out|(?:i|i['’]?m|im|i['’]?ll|ill|i will)\s+(?:be\s+)?(?:off|away|out)|sorry (?:i|for)\b|missed (?:the|last|this)|on (?:annual |compassionate )?leave|covering|out (?:for|next|this|until))\b|\b(?:he|she)(?:['’]?s|\s+is|\s+was)\s+(?:now\s+)?(?:1[89]|[2-9]\d)\b/i;
// …and an adult relative's illness too ("my dad was in hospital"); a son "in hospital" may be a child harmed.
const ADULT_ILLNESS = /\b(?:funeral|passed away|hospital|operation|surgery|poorly|unwell|ill)\b/i;
const SOMEONE_ELSES_CHILD =
  /\bfoster\b|\b(?:a|an|one|the|this|that)\s+(?:(?:[\w-]+\s+){0,2})(?:child|kid|boy|girl|pupil|student|lad|lass|teen|teenager|toddler|young person|yp)\b|\b(?:(?:pupil|student|mentee|client|kid|child)s?|children|one of (?:our|the|my|their)|(?:1[0-7]|[1-9])\s?(?:-\s?)?(?:yrs?|years?)[- ]?olds?|(?:1[0-7]|[1-9])\s?(?:yo|y\/o)|\d{1,2}\s?(?:-\s?)?(?:months?|weeks?)[- ]?old|year\s?\d|yr\s?\d|y\d{1,2})\b/i;

export function writersOwnNews(sentence: string): boolean {
  const adult = OWN_ADULT_KIN.test(sentence);
  if (!adult && !OWN_CHILD.test(sentence)) return false;
  const news = GROWN_UP_OR_AWAY.test(sentence) || (adult && ADULT_ILLNESS.test(sentence));
  return news && !SOMEONE_ELSES_CHILD.test(sentence);
}

// A colleague's news: "coach dave's wife had her baby girl", "our volunteer ahmed just became a dad again", "the new
// safeguarding officer, it's mike dawson". The baby is the colleague's, the person named is staff.
const STAFF =
  /\b(?:coach|volunteer|worker|colleague|teacher|officer|manager|coordinator|lead|trustee|mentor|tutor|chair|director|nurse|dsl|senco|head|principal|counsell?or|caseworker|practitioner|admin|receptionist|librarian|governor|pastor|vicar|imam|rabbi|intern|apprentice|staff|team)\b/i;
const BIRTH_NEWS =
  /\b(?:had (?:her|his|their|a) (?:baby|little)|became a (?:dad|mum|mom|father|mother|parent|grand\w+)|gave birth|new arrival|(?:mum|mom|mother) (?:and|n|&) baby|both (?:well|doing (?:well|great|fine)))\b/i;
// Announcing new staff by name: "new safeguarding officer, it's mike dawson" (not "our worker is worried…").
const ROLE_INTRODUCES =
  /\bnew\s+(?:[\w-]+\s+){0,2}?(?:officer|lead|manager|coordinator|dsl|chair|director|worker|nurse|head|principal|trustee|volunteer)\s*[,:–-]?\s*(?:it['’]?s|its|is|called|named)\s+(?!(?:worried|concerned|off|on|away|out|not|going|looking|working|covering|leaving|starting|trying|also|very|really|a|an|the|so|now|here|there|in|at|with)\b)[a-z]+\s+[a-z]+/i;
export function colleaguesNews(sentence: string): boolean {
  if (SOMEONE_ELSES_CHILD.test(sentence.replace(BIRTH_NEWS, ''))) return false;
  return (STAFF.test(sentence) && BIRTH_NEWS.test(sentence)) || ROLE_INTRODUCES.test(sentence);
}
