import { POSTCODE_PATTERN } from '../identifiers.js';
import type { Recognizer } from '../recognizer.js';
import { ORGANISATION_CONTEXT, PERSONAL_CONTEXT } from './contact.js';

const STREET_SUFFIX =
  'road|rd|street|st|close|avenue|ave|lane|ln|drive|dr|way|crescent|cres|gardens|gdns|terrace|terr|place|pl|court|ct|grove|hill|square|sq|mews|walk|row|boulevard|blvd|parade|rise|view|circle|cir|parkway|pkwy|highway|hwy|trail|estate|green|park|wynd|brae|vale';

// Words that never name a street, so "3 families on the street" or "2 kids in the park" are not addresses.
const NOT_STREET_WORDS = new Set(
  'the a an of on in at to for and or with from by our my their his her this that these those families family people children kids young pupils students schools parents mums dads times weeks days months years sessions staff more new other same each every who which were was are is had has have'.split(
    ' ',
  ),
);

function streetWordsValid(value: string): boolean | undefined {
  const words = value
    .toLowerCase()
    .replace(/^\s*\d+[a-z]?,?\s+(?:block of\s+)?/, '')
    .split(/\s+/)
    .slice(0, -1);
  return words.some((word) => NOT_STREET_WORDS.has(word.replace(/[.,]/g, ''))) ? false : undefined;
}

/** A venue's published address ("the youth hub at 14 Market Street", "Grace Lutheran, 780 Elm Ave — dinner provided") is not a family's home. */
const VENUE_BEFORE =
  /\b(?:hub|centre|center|library|hall|office|offices|surgery|clinic|school|academy|church|mosque|temple|gurdwara|club|station|venue|cafe|café|shop|store|pantry|bank|ymca|theatre|museum|meet|meets|meetup|meet-up|meeting|meetings|session|training|event|held|based|located|opening|opens|open|centre|hut|booked|venue|scouts|guides|brigade|barracks|hq|headquarters|parish|chapel|cathedral|gym|leisure|pool|stadium|college|university|campus|nursery|pre-?school|playgroup|forum|conference|fair|gala|sale|hosted|hosting|charity|charity's|registered|community|fridge|larder|parcels?|collect|collected|collection|donations?|drop[- ]off|foodbank|food bank|warm space|pop-?up|group|groups|st|saint|service|services|contacted|telephone|tel|chamber|commerce|businesses|take place|takes place|taking place|department|dept|agency|headquartered|suite|reception desk|building|premises|lutheran|baptist|methodist|catholic|episcopal|presbyterian|pentecostal|synagogue|quaker|dinner|refreshments|provided|free parking|parking|rsvp|tickets?|doors open)\b/i;

export const streetAddress: Recognizer = {
  kind: 'street_address',
  jurisdictions: ['uk', 'us'],
  patterns: [
    {
      name: 'number and street',
      regex: new RegExp(
        `\\b\\d{1,5}[a-z]?,?\\s+(?:[nsew]\\.?\\s+)?(?:(?:\\d{1,3}(?:st|nd|rd|th)|[a-z'’-]+)\\s+){1,3}(?:${STREET_SUFFIX})\\b\\.?`,
        'i',
      ),
      score: 0.6,
    },
    {
      name: 'lives on a street',
      regex: new RegExp(
        `\\b(?:lives?|living|moved|staying|stays|resides?)\\s+(?:on|in|at|to)\\s+(?:[A-Z][a-z'’]+\\s+){1,3}(?:${STREET_SUFFIX})\\b`,
        'i',
      ),
      score: 0.65,
    },
    {
      name: 'flat or apartment',
      regex:
        /\b(?:flat|apartment|apt|unit)\.?\s+#?\d+[a-z]?\b(?!\s*(?:%|per|weeks?|days?|months?|years?|times|hours?))/i,
      score: 0.6,
    },
    { name: 'house number', regex: /\b(?:at|from|in) (?:house )?number \d{1,4}[a-z]?\b/i, score: 0.55 },
    {
      name: 'US block',
      regex: new RegExp(
        `\\b\\d{2,5} block of (?:[a-z'’-]+\\s+){0,2}(?:[a-z'’-]+)(?:\\s+(?:${STREET_SUFFIX}))?\\b`,
        'i',
      ),
      score: 0.6,
    },
  ],
  validate: streetWordsValid,
  context: PERSONAL_CONTEXT,
  againstContext: VENUE_BEFORE,
  window: { before: 60, after: 40 },
};

/** Full UK postcodes only: an outward code alone ("SW1A", "M14") is coarse geography. */
export const postcode: Recognizer = {
  kind: 'postcode',
  jurisdictions: ['uk'],
  patterns: [{ name: 'BS7666', regex: POSTCODE_PATTERN, score: 0.6 }],
  validate: (value) => (/\d[A-Z]{2}$/i.test(value.replace(/\s/g, '')) ? undefined : false),
  context: PERSONAL_CONTEXT,
  againstContext: ORGANISATION_CONTEXT,
};
