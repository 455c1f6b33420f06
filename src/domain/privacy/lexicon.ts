/** Word lists shared by the name and disclosure rules. Each is a regular expression over lower- or mixed-case text. */

/** Told, said, admitted: someone passed something on about themselves or their family. */
export const DISCLOSURE_VERB =
  /\b(?:told|tells|telling|said|says|saying|disclosed|discloses|admitted|admits|confided|confides|revealed|reveals|mentioned|mentions|opened up|let slip|shared that|reported that|came to (?:me|us|staff)|showed (?:me|us|staff)|asked (?:me|us) not to tell|claims?|alleged|alleges)\b/i;

/** Counting and trends: "seen more self-harm referrals", "how many young people", "fewer exclusions". */
export const AGGREGATE = `how many|the number of|numbers of|(?:seen|seeing|see|hearing|heard|getting|noticed|noticing) (?:more|less|fewer|a rise|an increase)|more (?:young people|children|kids|families|referrals|girls|boys|teens|pupils|students|cases|reports|parents|mums|dads)|fewer|rise in|increase in|more and more`;

/**
 * Instruction, policy or a hypothetical: "what to do if a child discloses", "signs that a pupil…", "a session on
 * grooming". An event on its own ("after the assembly, a girl told us…") is not generic: disclosures follow events.
 */
export const GENERIC = new RegExp(
  String.raw`\b(?:whenever|whether|in case|should|could|might|would|how to|how we|what to|what we|${AGGREGATE}|voice of the child|child['’]s voice|lived experience|child-centred|signs? (?:of|that)|spot|spotting|recognis(?:e|ing)|recogniz(?:e|ing)|identify(?:ing)?|(?:training|session|sessions|workshop|course|briefing|assembly|lesson|webinar|talk|module) (?:on|about|for staff|covers|covered)|toolkit|guidance|policy|policies|procedure|protocol|leaflet|poster|scenario|role[- ]play|case stud(?:y|ies)|e-learning|curriculum|awareness|campaign|any|every|each|no child|theme|trend|pattern|audit|data|figures|statistics|pathway|threshold|supports? (?:a|any|every)|ensure|ensuring|so that|imagine|example|e\.g\.|for instance|such as)\b`,
  'i',
);

/** Capitalised words that are never people's names here, so "The children" or "Year 4" never read as a name. */
export const NOT_NAMES = new Set(
  (
    'a an the this that these those our my your their his her its we they i he she it you one two three four five six seven eight nine ten ' +
    'year yr reception nursery school schools primary secondary academy college pupil pupils student students child children kid kids boy boys girl girls family families ' +
    'youth sixth first second third scouts guides cadets brownies cubs beavers ambassadors leaders volunteers monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'mum mums mom moms dad dads parent parents carer carers team teams staff group groups club clubs church mosque temple council police health nhs ' +
    'local north south east west new great little big all some many most every each both several no yes thanks thank please also just today tomorrow yesterday ' +
    'mr mrs ms miss dr sir madam head deputy lead coordinator partner partners coalition baby babies toddler toddlers teen teens lad lads ' +
    'dsl senco sen send lac cla cin cp ehcp iep ehc ta hlta camhs mash lado gp hv sw yp cyp dv dva fgm cse cce pcso pc ds dc sgt ofsted dfe la ' +
    'had has have was were is are did does do will would can could should might must may been being be not but and or so if when then than there here where who what why how which ' +
    'after before during since about again still already really very too only even ever never always sometimes often once twice ok okay hi hello ' +
    'grade grader grades kindergarten preschool pre-k prek freshman sophomore junior senior middle high elementary ' +
    // Numbered things, so "Room 2 and 3" or "Table 4, Group 5" never read as a name and an age.
    'foster room rooms table level stage phase step week day block floor unit zone area cohort class set court pitch bus route gate door page item session module lesson chapter section part round option priority'
  ).split(' '),
);
