/**
 * The writer's own family news: "sorry i missed last week, my dad was in hospital", "my daughter had her baby so
 * i'll be out for a week". An adult's own relative, beside an adult's life event or the writer's own absence, is no
 * child in the partnership's care; the learned model, which reads "daughter", "baby" and "hospital", may not refuse
 * it on its own. A foster child is the partnership's ("our foster son"), and so is any other child in the sentence.
 */
const OWN_KIN =
  /\b(?:my|our)\s+(?:(?:own|eldest|youngest|oldest|older|younger|elderly|late|grown[- ]up)\s+)?(?:dad|mum|mom|mam|mother|father|husband|wife|hubby|nan|gran|grandma|grandad|grandpa|grandmother|grandfather|daughter|son|sister|brother|aunt|uncle|[a-z]+-in-law|in-laws)(?:['’]?s)?\b/i;
const ADULT_LIFE_OR_ABSENCE =
  /\b(?:wedding|married|engaged|honeymoon|had (?:her|his|their|a) baby|grand(?:ma|pa|parent|child|son|daughter)s?|uni|university|college|graduat\w*|retir\w*|new job|moved out|funeral|passed away|hospital|operation|surgery|poorly|unwell|(?:i|i['’]?m|im|i['’]?ll|ill|i will)\s+(?:be\s+)?(?:off|away|out)|sorry (?:i|for)\b|missed (?:the|last|this)|on (?:annual |compassionate )?leave|covering|out (?:for|next|this|until))\b/i;
const SOMEONE_ELSES_CHILD =
  /\bfoster\b|\b(?:a|an|one|the|this|that)\s+(?:(?:[\w-]+\s+){0,2})(?:child|kid|boy|girl|pupil|student|lad|lass|teen|teenager|toddler|young person|yp)\b|\b(?:pupil|student|mentee|client|year\s?\d|yr\s?\d|y\d{1,2})\b/i;

export function writersOwnNews(sentence: string): boolean {
  return OWN_KIN.test(sentence) && ADULT_LIFE_OR_ABSENCE.test(sentence) && !SOMEONE_ELSES_CHILD.test(sentence);
}
