/** Words that anchor a date as a date of birth (domain.md §2.6: otherwise meeting dates would be flagged). */
export const DOB_ANCHOR = /\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday)\b/gi;

export const NHS_CONTEXT =
  /\b(?:nhs|national health|health service|gp|hospital|patient|camhs|health visitor|dob|d\.o\.b|born)\b/i;
export const CHI_CONTEXT = /\bchi\b/i;
export const SSN_CONTEXT = /\b(?:ssn|social security)\b/i;

/** Safeguarding-concern language: it shows the routes card, never a refusal. */
export const CONCERN_PATTERN = new RegExp(
  [
    'disclos(?:e|ed|es|ing|ure|ures)',
    'allegations?',
    'abus(?:e|ed|ing|ive)',
    'neglect(?:ed|ful)?',
    'bruis(?:e|es|ed|ing)',
    'injur(?:y|ies|ed)',
    '(?:hit|hurt|smacked|slapped|punched|kicked) (?:him|her|them|me)',
    'self[- ]harm(?:ing)?',
    'fgm',
    'exploit(?:ed|ation)',
    'groom(?:ed|ing)',
    'section 47',
    's47',
    'strategy meeting',
    'lado',
    'mash referral',
    'cp plan',
    'child protection plan',
    'child in need plan',
    'missing episode',
    'unsafe at home',
    '(?:worried|concerned) about (?:a|this|one|the) (?:child|pupil|boy|girl|young person)',
  ].join('|'),
  'i',
);

/** Capitalised words that are not people's names, so "The children" or "Year 4" never read as a name. */
export const NOT_NAMES = new Set(
  (
    'a an the this that these those our my your their his her its we they i he she it you one two three four five six seven eight nine ten ' +
    'year yr reception nursery school schools primary secondary academy college pupil pupils student students child children kid kids boy boys girl girls family families ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'mum mums dad dads parent parents carer carers team teams staff group groups club clubs church mosque temple council police health nhs ' +
    'local north south east west new great little big all some many most every each both several no yes thanks thank please also just today tomorrow ' +
    'mr mrs ms miss dr sir madam head deputy lead coordinator partner partners coalition'
  ).split(' '),
);
