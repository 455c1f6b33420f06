/**
 * A check-in question must not ask partners for details that identify a child or family: the answers would bring
 * those details into Slack and the database. This spots questions that ask for them (not answers that hold them:
 * the privacy detector does that). It leans to refusing; a refused coordinator is shown how to ask instead.
 */

const WHO = String.raw`(?:child(?:ren)?|kids?|pupils?|students?|learners?|young\s+(?:person|people)|youth|boys?|girls?|bab(?:y|ies)|infants?|teen(?:ager)?s?|famil(?:y|ies)|parents?|carers?|victims?|survivors?|cases?|referrals?|service\s+users?|clients?)`;

/** Things that identify a person: names, numbers, places, birth dates, pictures. */
const IDENTIFIER = String.raw`(?:names?|surnames?|first\s+names?|initials|(?:date\s+of\s+)?birth|d\.?o\.?b|birthdays?|age\s+of|how\s+old|address(?:es)?|home\s+address|post\s*codes?|nhs\s+numbers?|upn|case\s+(?:numbers?|refs?|references?|ids?)|reference\s+numbers?|photos?|pictures?|ethnicity|year\s+group|which\s+school|school\s+they)`;

const ASKS_FOR = [
  // "the child's name", "name of the young person", "their date of birth" beside a child or family
  new RegExp(String.raw`\b${IDENTIFIER}\b[\s\S]{0,40}\b${WHO}\b`, 'i'),
  new RegExp(String.raw`\b${WHO}(?:['’]s?)?\b[\s\S]{0,40}\b${IDENTIFIER}\b`, 'i'),
  // "which child …", "who is the family …": asks to single someone out
  new RegExp(
    String.raw`\b(?:which|who(?:\s+(?:is|was|are))?|whose)\s+(?:(?:the|a|this|that|particular|specific)\s+)?${WHO}\b`,
    'i',
  ),
  // "tell us about the child", "describe the family", "details of the young person"
  new RegExp(
    String.raw`\b(?:tell\s+us\s+about|describe|details\s+(?:of|about|on)|identify)\s+(?:(?:the|a|this|that|any|each|particular|specific)\s+)+${WHO}\b`,
    'i',
  ),
];

/** Counting and learning are fine ("How many children…", "What helped families…"); singling out is not. */
export function asksForChildDetails(prompt: string): boolean {
  const text = prompt.replace(/\s+/g, ' ');
  return ASKS_FOR.some((pattern) => pattern.test(text));
}
