import { FirstLetterIndex } from './first-letter-index.js';
import { apostropheOptional, harmStarts } from './harm-words.js';
import { AGGREGATE, GENERIC } from './lexicon.js';
import { writersOwnNews } from './own-news.js';
import type { Finding } from './types.js';
import { valenceOf } from './valence.js';

/**
 * A disclosure or concern about one child: a reference that singles out an individual (named or not: "a girl in our
 * after-school club", "one of our Year 8 boys", "a 13-year-old we support", "the youngest in our pre-school",
 * "a mum at our group") in the same sentence as harm, risk or disclosure language. Theme-level updates ("more young
 * people at the drop-in…", "two schools asked for neglect training") have no individual, so they pass.
 */
const CHILD_ONE = [
  'girl',
  'boy',
  'child',
  'kid',
  'pupil',
  'student',
  'learner',
  'teen',
  'teenager',
  'young person',
  'young man',
  'young woman',
  'young lad',
  'yp',
  'lad',
  'lass',
  'toddler',
  'baby',
  'infant',
  'newborn',
  'little one',
  'youngster',
  'son',
  'daughter',
  'sibling',
  'care leaver',
  'looked[- ]after child',
  'foster child',
  'child in care',
  'new starter',
  'new arrival',
  'freshman',
  'sophomore',
  'participant',
  'mentee',
  'camper',
  'youth',
  'kiddo',
  'little (?:guy|one|girl|boy|lad)',
  'tween',
  'minor',
  'juvenile',
  'foster youth',
  'resident',
  'kindergartn?er',
  'kindergartener',
  'preschooler',
  '(?:middle|high|elementary) schooler',
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grader',
  String.raw`(?:year|yr|y)\s?\d{1,2}(?:\s+(?:boy|girl|pupil|student|lad|lass|kid|child))?`,
  String.raw`\d{1,2}[- ]?(?:year|yr|month|week)s?[- ]?old(?:\s+(?:boy|girl|child|lad|baby))?`,
  String.raw`\d{1,2}\s?(?:yo|y\/o)`,
  String.raw`\d{1,2}(?:st|nd|rd|th)[- ]?grader`,
  String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grade(?:\s+(?:student|boy|girl|kid|child|pupil))?`,
  '(?:high school|middle school|hs|ms|grade school) (?:freshman|sophomore|junior|senior|student|kid|boy|girl)',
  String.raw`(?:6th|sixth)[- ]form(?:er)?(?:\s+(?:student|boy|girl|lad|lass))?`,
  'brownie|cub scout|scout|cadet|girl guide|rainbow|beaver|ward|chorister|altar server',
  '(?:lil|little|wee|tiny|small) (?:boy|girl|lad|one|guy|man|fella|lass)',
].join('|');
const ADULT_ONE =
  'neighbour|neighbor|teen mum|teen mom|teenage mum|teenage mom|young mum|young mom|family|household|mum|mom|mam|mother|dad|father|parent|carer|caregiver|guardian|grandparent|gran|nan|nana|grandma|grandmother|grandad|grandpa|stepdad|stepmum|stepmom|foster carer|foster parent|kinship carer|aunt|auntie|uncle';
const MANY = String.raw`girls|boys|children|kids|pupils|students|learners|teens|teenagers|young people|yps|cyp|lads|toddlers|babies|families|mums|moms|dads|parents|carers|(?:year|yr|y)\s?\d{1,2}s|\d{1,2}(?:st|nd|rd|th)[- ]?graders|care leavers|youngsters|members|attendees|regulars|service users|clients|cases|mentees|young carers|young ppl|ppl|yps|kiddos|tweens|minors|foster youth|residents|(?:middle |high |elementary )?schoolers|kindergarte?n?ers|preschoolers|graders|freshmen|sophomores|juniors|seniors|sixth formers|6th formers|brownies|scouts|cubs|beavers|guides|rainbows|cadets|players|swimmers|dancers|campers|choristers|little ones|babies|infants|newborns|siblings|twins|looked[- ]after children|children in care|foster kids|foster children|young carers|regulars|boxers|gymnasts|readers|learners`;
// "a parent workshop", "a family hub", "a young person-led campaign": the noun describes a programme.
const MODIFIER = String.raw`(?![-\s]+(?:led|friendly|centred|centered|focused|voice|group|groups|session|sessions|workshop|workshops|forum|evening|meeting|club|centre|center|hub|hubs|network|panel|council|champion|champions|ambassadors?|workers?|support|programme|program|course|training|class|classes|event|day|night|drop-in|cafe|café|survey|questionnaire|consultation|feedback|partnership|services?|help|liaison|practitioners?|nurse|court|time|fun|learning|leaflet|pack|guide|version|rights|protection|safeguarding|friendly|engagement|participation|representatives?|reps?|governors?|volunteers?|violence|justice|offending|work|provision|parliament|mayor|sector|team|teams|strategy|plan|partnership|assembly|assemblies|talk|talks|trip|visit|cohort|intake|transition|tutors?|lessons?|curriculum|residential|camps?|prom|teachers?|leads?|staff|cluster|results?|data|attendance|figures|surveys?)\b)(?!['’]s\s+(?:right|rights|voice|wellbeing|welfare|needs|safety|development|best interests|journey|lived|guide|view|views|perspective|version|toolkit|leaflet|story|experience|point of view|passport))(?!\s+(?:or|and|\/)\s+(?:carer|guardian|parent|young person|child|family))`;

const INDIVIDUAL_ALTERNATIVES = [
  // "a lot of youth at the bus depot", "a couple of lads": many, not one.
  String.raw`\b(?:a|an|one|this|that|another|1)\s+(?!(?:lot|lots|couple|few|number|group|bunch|handful|range|mix|load|loads|majority|minority|dozen|series|variety|wave|cohort|class|team|crowd|gang)\s+of\b)(?:(?:[\w'’-]+\s+){0,3}?)(?:${CHILD_ONE}|${ADULT_ONE})\b${MODIFIER}`,
  // Clinical notes: "the infant was lethargic", "the 7-month-old had a torn frenulum", "the infant's urine toxicology".
  String.raw`\bthe\s+(?:${CHILD_ONE})(?:\s+(?:was|had|presented|arrived|tested|showed|needed|required|sustained|suffered)\b|['’]s\s+(?:urine|blood|tox\w*|scan|x-?rays?|injur\w*|bruis\w*|fractures?|skeletal|weight|mother|father|mum|mom|dad|carers?|parents?)\b)`,
  String.raw`\b(?:one|1) of (?:our|my|the|their|your|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:${MANY})\b`,
  String.raw`\b(?:the|our|my)\s+(?:youngest|eldest|oldest|smallest|newest|only|new)\s+(?:(?:one|child|boy|girl|kid|pupil|student|baby|starter|lad)\s+)?(?:in|at|of|from|on|we|i|who)\b`,
  String.raw`\b(?:the|my|our)\s+(?:${CHILD_ONE}|family|mum|mom|dad|parent|carer)\s+(?:in|at|from|on|we|i|who|whose|that|you|with|i['’]m|we['’]re)\b(?!\s+(?:every|each|all|any|our work|mind)\b)`,
  String.raw`\b(?:this|that|same)\s+(?:${CHILD_ONE}|${ADULT_ONE})\b`,
  // "my little boy was poorly" is the writer's own child; "my student", "our mentee" are the ones they support.
  String.raw`\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:student|pupil|young person|yp|mentee|client|participant|learner|camper)\b(?!s)${MODIFIER}`,
  String.raw`\ba child (?:next door|upstairs|downstairs|across the road|on (?:the|our) (?:street|road|estate))`,
  String.raw`\b(?:our|my|a|one|the)\s+(?:client|family|parent|mum|mom|dad|carer|service user|neighbour|neighbor)['’]s\s+(?:[\w-]+\s+){0,2}?(?:${CHILD_ONE}|kids?|children|baby)\b`,
  String.raw`(?:^|[,:]\s*)(?:${CHILD_ONE}|${ADULT_ONE})\s+(?:in|at|from|on)\s+(?:my|our|the)\b`,
  // Informal notes drop the article: "girl in 6th form has disclosed…", "lad from footy said…", "yr 9 boy told me…".
  String.raw`(?:^|[,:;(-]\s*|\b(?:re|about|abt|bout|concern|concerns|worried|update|had|have|got)\s*[:-]?\s+)(?:${CHILD_ONE}|youngest|eldest|oldest|newest)(?:\s*\(\s*\d{1,2}\s*\)|\s*,\s*\d{1,2}\s*,)?\s+(?:in|at|from|on|with|who|whose|has|had|is|was|came|comes|told|tells|said|says|keeps|disclosed|turned|arrived|showed|seems|looked|mentioned|admitted|did|didn['’]t|won['’]t|can['’]t|hasn['’]t|isn['’]t|wasn['’]t|staying|living|sleeping|stays|lives|going|goes|went|getting|gets|got|being|been|seen|found|spotted|missing|hanging|\d)\b`,
  String.raw`\b(?:year|yr|y)\s?\d{1,2}\s+(?:boy|girl|pupil|student|lad|lass|kid|child)\b(?!s)`,
  String.raw`\b(?:two|2|three|3)\s+(?:siblings|brothers|sisters)\b|\bthe twins\b|\bset of twins\b`,
  String.raw`\b(?:he|she)\s+(?:has\s+|had\s+|just\s+|then\s+)?(?:told|said|disclosed|admitted|confided|revealed|mentioned|says|tells)\b`,
  String.raw`\b(?:his|her)\s+(?:mum|mom|mam|dad|stepdad|stepmum|stepmom|mum['’]s boyfriend|mom['’]s boyfriend|dad['’]s girlfriend|uncle|brother|sister|carer|foster carer|nan|gran|grandma|grandad|parents|older brother|boyfriend|girlfriend)\b`,
  String.raw`\b(?:he|she)(?:['’]s|\s+(?:is|was|has|had|keeps|kept|seems|seemed|looks|looked|came|comes|turned|turns|arrived|arrives|went|goes|ran|runs|got|gets|won['’]t|doesn['’]t|didn['’]t|can['’]t|hasn['’]t|isn['’]t|wasn['’]t))\b`,
].map(apostropheOptional);
const INDIVIDUAL = new FirstLetterIndex(INDIVIDUAL_ALTERNATIVES, '');

// A hypothetical or training context before the individual: "what to do if a child tells you…". "When" and "if"
// are narrative when a past tense follows ("staff acted when a Year 4 pupil disclosed…"), generic otherwise.
const HYPOTHETICAL =
  /\b(?:if|when|whenever|whether|in case|where)\s+(?:(?:they|you|we|staff|someone|anyone)\s+(?:suspect|think|believe|know|see|notice|hear|fear)s?\s+(?:that\s+)?)?$/i;
const NARRATIVE =
  /^\S+(?:\s+\S+){0,6}?\s+(?:told|said|disclosed|admitted|confided|came|was|were|had|has been|went|arrived|turned up|showed|asked|rang|called)\b/i;
// "A child who goes missing is at higher risk…": a present-tense statement about any child, unless a past tense
// follows ("a girl who is 14 told us…").
const WHO_GENERIC =
  /^\S+(?:\s+\S+){0,3}?\s+who\s+(?:is|are|goes|go|has|have|may|might|can|could|discloses|tells|says|lives|experiences|witnesses|self-harms|needs)\b/i;
const MODAL_GENERIC = /^\S+(?:\s+\S+){0,2}?\s+(?:can|could|may|might|should|must|would|will)\s/i;
const PAST =
  /\b(?:told|said|disclosed|admitted|confided|came|was|were|had|has been|went|arrived|turned up|showed|asked|rang|called)\b/i;

// "a teacher told us she is worried…": a pronoun after a professional, with no child between, is the professional.
const PROFESSIONAL_BEFORE =
  /\b(?:teacher|head|headteacher|worker|officer|nurse|doctor|gp|volunteer|colleague|manager|coordinator|lead|dsl|senco|coach|mentor|tutor|librarian|partner|chair|governor|midwife|visitor|counsell?or|principal|director|practitioner|ta|pc|pcso|sergeant|detective|vicar|imam|pastor|rabbi)\b(?![^.]*\b(?:child|kid|boy|girl|pupil|student|lad|baby|son|daughter)\b)/i;

function genericBefore(before: string, after: string): boolean {
  if (/^(?:he|she)\b/i.test(after) && PROFESSIONAL_BEFORE.test(before)) return true;
  if (HYPOTHETICAL.test(before)) return !NARRATIVE.test(after);
  if ((WHO_GENERIC.test(after) || MODAL_GENERIC.test(after)) && !PAST.test(after)) return true;
  return GENERIC.test(before);
}
// Words that make the whole sentence about guidance, wherever they stand: "…may have new phones: see the briefing".
const GENERIC_ANYWHERE = new RegExp(
  String.raw`\b(?:across (?:the|all|our|year|yr|y\d|key stage|ks\d|\w+ schools)|research|studies|study|evidence (?:shows|suggests)|suggests|(?:serious )?case reviews?|practice reviews?|learning reviews?|cspr|scr|inquiry|how (?:agencies|services|staff|partners|professionals|schools|we)|mandated reporters?|must report|documentary|scenario|tabletop|role[- ]?play|(?:anyone|anybody|someone|somebody) (?:who|worried|concerned|with|needing|wanting|looking|that)|for (?:anyone|anybody)|awareness|briefing|toolkit|guidance|policy|leaflet|webinar|e-learning|module|curriculum|case study|how to|what to do|may have|can have|might|e\.g\.|for example|such as|see the (?:briefing|guidance|policy|attached|slides|link|leaflet|toolkit|website|page|notes)|signs (?:of|that|include)|indicators?|${AGGREGATE})\b`,
  'i',
);
// An event where the harm word is the topic ("one parent said the session on grooming helped her") lowers the score;
// a first-hand marker ("disclosed", "her partner did it", "told staff she is…") keeps it.
const EVENT =
  /(?<!\b(?:at|in|during|attending|attends|joined|uses|using|use) (?:our |the |a |this |that |their |my )?(?:[\w-]+ ){0,2})\b(?:session|sessions|workshop|course|training|talk|presentation|presented|assembly|forum|board|panel|council|conference|stall|campaign|film|video|network|leaflet|poster|fair|launch|event|programme feedback|survey)\b/i;
const FIRST_HAND =
  /\b(?:disclosed|admitted|confided|alleged|(?:told|tells|said|says)\s+(?:[\w-]+\s+){0,4}(?:she|he|they)\s+(?:is|was|has|had|gets|got|can['’]?t|doesn['’]?t|won['’]?t|isn['’]?t|wasn['’]?t|feels|felt)|(?:his|her|their)\s+(?:mum|mom|dad|stepdad|partner|boyfriend|girlfriend|husband|wife|ex|brother|sister|uncle|carer)\b[^.]{0,40}\b(?:hit|hits|hurt|hurts|did it|touch|kick|punch|beat|threat|drunk|strangl|chok|won['’]?t let)|(?:him|her|them)sel(?:f|ves))/i;

const NEGATIVE_TELLING = 0.65;
const VALENCE_AT = -2;
/** No harm word of ours, but the telling is plainly negative: "her stepfather photographs her in the bath" (−). */
function soundsBad(after: string): boolean {
  const { negative, positive } = valenceOf(after);
  return negative <= VALENCE_AT && negative + positive < 0;
}

const ONE_CHILD = new RegExp(String.raw`\b(?:${CHILD_ONE}|youngest|eldest|he|she)\b`, 'i');
// The child tells of someone at home or an adult: "…told her teacher that her stepfather photographs her…".
const TELLING = String.raw`\b(?:told|tells|telling|said|says|saying|stated|states|disclosed|discloses|described|describes|reported|reports|shared|shares|admitted|mentioned|confided|revealed|opened up|keeps (?:saying|telling|asking)|asked (?:us|me|staff|if|whether))\b`;
const TELLS_OF_SOMEONE = new RegExp(
  String.raw`${TELLING}.{0,80}?\b(?:(?:her|his|their|my)\s+(?:(?:mum|mom|mam|mother|dad|father|parent)['’]?s\s+)?(?:${ADULT_ONE}|step ?\w+|boyfriend|girlfriend|partner|brother|sister|cousin|siblings?)|an? (?:adult|man|woman|older|grown)|(?:men|adults|someone|somebody) (?:who|at|from|in|online)|(?:mum|mom|mam|mummy|mommy|daddy|dad|mother|father)['’]?s (?:boyfriend|girlfriend|partner|friend|mate|new \w+)|(?:mummy|mommy|daddy)\b)\b`,
  'i',
);
// …or tells of what they cannot do, must do or go without: "said she can't go back tonight", "says he has to…".
const TELLS_OF_THEMSELVES = new RegExp(
  apostropheOptional(
    String.raw`${TELLING}\s+(?:(?:to\s+)?(?:me|us|staff|the|her|his|a|our|that|[\w-]+er)\s+){0,3}(?:she|he|they|i)(?:['’]s|['’]d)?\s+(?:(?:is|was|has|had|gets|got|keeps|often|always|never|really|just|still)\s+)*(?:can['’]t|cannot|could not|couldn['’]t|doesn['’]t|don['’]t|didn['’]t|won['’]t|wasn['’]t|isn['’]t|hasn['’]t|haven['’]t|has to|have to|had to|must|being|made to|left to|not allowed|scared|afraid|frightened|hides?|hiding|hungry|alone|never)\b`,
  ),
  'i',
);
// A child left, made or having to do what a parent should: "is often left to care for her infant sibling".
const CARES_FOR_HOME =
  /\b(?:has to|have to|had to|is left to|was left to|left to|is made to|made to|expected to)\s+(?:\w+\s+)?(?:mind|look after|care for|watch|feed|get|put|collect|pick up|wake|cook|clean|bath|change)\b/i;
function childTellsOfHome(individual: string, after: string): boolean {
  return (
    ONE_CHILD.test(individual) &&
    (TELLS_OF_SOMEONE.test(after) || TELLS_OF_THEMSELVES.test(after) || CARES_FOR_HOME.test(after))
  );
}

function sentencesOf(text: string): Array<{ sentence: string; offset: number }> {
  return [...text.matchAll(/[^.!?\n]+(?:[.!?\n]+|$)/g)].map((match) => ({
    sentence: match[0],
    offset: match.index ?? 0,
  }));
}

/**
 * References that single out one person, as this rule read them: `individual` counts those it weighed, `generic`
 * those in a generic or hypothetical sentence. The learned second opinion weighs them beside its word features.
 */
export interface IndividualCues {
  individual: number;
  generic: number;
}

/**
 * Disclosures in the text. `harm()` gives where harm words start in it (harmStarts); the scan is the costliest step,
 * so it runs only for a text that names an individual, and only once for the name and disclosure rules together.
 */
export function disclosures(
  text: string,
  harm: () => number[] = () => harmStarts(text),
  cues: IndividualCues = { individual: 0, generic: 0 },
): Finding[] {
  const findings: Finding[] = [];
  const harmIn = (from: number, to: number) => harm().some((start) => start >= from && start < to);
  let previous = '';
  for (const { sentence, offset } of sentencesOf(text)) {
    const end = offset + sentence.length;
    // "my son passed his resits!! he's 19 now": the writer's own grown-up family, no child in anyone's care.
    const ownNews = writersOwnNews(previous + sentence);
    previous = sentence;
    if (ownNews) continue;
    for (const match of INDIVIDUAL.matches(sentence)) {
      const at = match.index;
      const before = sentence.slice(0, at);
      if (GENERIC_ANYWHERE.test(sentence) || genericBefore(before, sentence.slice(at))) {
        cues.generic++;
        continue;
      }
      cues.individual++;
      let score: number;
      if (harmIn(offset + Math.max(0, at - 60), end))
        score = EVENT.test(sentence) && !FIRST_HAND.test(sentence) ? 0.4 : 0.75;
      else if (soundsBad(sentence.slice(at)) || childTellsOfHome(match.text, sentence.slice(at)))
        score = NEGATIVE_TELLING;
      else continue;
      findings.push({
        kind: 'concern_disclosure',
        start: offset + at,
        end: offset + sentence.trimEnd().length,
        score,
        level: score >= 0.6 ? 'block' : 'warn',
      });
      break;
    }
  }
  return findings;
}
