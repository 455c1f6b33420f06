import type { Role } from '../../domain/people.js';
import { SECTOR_WORDS, SECTORS } from '../../domain/sectors.js';
import { SUBCOMMAND_AREAS } from '../parse/command.js';
import type { Subcommand } from '../parse/subcommands/subcommand.js';
import { type Block, context, divider, header, type SlackMessage, section } from './elements.js';

/** Who is asking: their role in the coalition here, or `newcomer` when they are on no roster it can find. */
export type HelpAudience = Role | 'newcomer';

const line = (sub: Subcommand) => `• \`${sub.usage}\`: ${sub.summary}`;

/** One section per area holding the commands that pass `keep`; areas with none are left out. */
function areaSections(keep: (sub: Subcommand) => boolean): Block[] {
  return SUBCOMMAND_AREAS.flatMap(({ title, table }) => {
    const lines = Object.values(table).filter(keep).map(line);
    return lines.length > 0 ? [section(`*${title}*\n${lines.join('\n')}`)] : [];
  });
}

const INTRO =
  'I help this coalition work as one: regular check-ins at each partner’s own local time, shared tasks, ' +
  'a calm digest of progress and wins, and celebrations when milestones are reached.\n' +
  '_Please keep details about a particular child or family out of Slack: use your organisation’s safeguarding route._';

const FIRST_LINE: Record<HelpAudience, string> = {
  coordinator: '*What you can do as a coordinator*',
  partner: '*What you can do*',
  observer: '*What you can do* (as an observer you follow along; check-ins are for partners)',
  newcomer:
    '*Getting started*: run `/coalition setup Our Coalition Name` in the coalition’s channel, or ask a coordinator to add you.',
};

/**
 * Help for this reader: their own commands first; coordinators’ in a section of their own. It depends on nothing
 * but the audience, so each of the four is built once: it is the most asked-for answer, and building it was a twelfth
 * of a command's own CPU. Frozen, because every caller now shares it.
 */
export function helpMessage(audience: HelpAudience): SlackMessage {
  let message = builtHelp.get(audience);
  if (!message) {
    message = deepFreeze(buildHelpMessage(audience));
    builtHelp.set(audience, message);
  }
  return message;
}

const builtHelp = new Map<HelpAudience, SlackMessage>();

function deepFreeze<Value>(value: Value): Value {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function buildHelpMessage(audience: HelpAudience): SlackMessage {
  const coordinating = audience === 'coordinator';
  const own = areaSections((sub) => (coordinating ? sub.coordinatorOnly === true : !sub.coordinatorOnly));
  const others = areaSections((sub) => (coordinating ? !sub.coordinatorOnly : sub.coordinatorOnly === true));
  const sectors = SECTORS.map((sector) => `${sector.label} (\`${SECTOR_WORDS[sector.key]}\`)${sector.core ? '*' : ''}`);
  return {
    text: 'Coalition Check-ins: what I do and how to use me',
    blocks: [
      header('Coalition Check-ins'),
      section(INTRO),
      section(FIRST_LINE[audience]),
      ...own,
      divider(),
      section(coordinating ? '*What everyone can do*' : '*For coordinators*'),
      ...others,
      context(
        `Sectors: ${sectors.join(', ')}. * Core sectors every coalition should have at the table. Example: \`/coalition partner @sam org:"St Mary’s Primary" sector:schools\``,
      ),
    ],
  };
}
