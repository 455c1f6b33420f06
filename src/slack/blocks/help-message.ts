import { SECTORS } from '../../domain/sectors.js';
import { SUBCOMMAND_AREAS } from '../parse/command.js';
import { context, header, type SlackMessage, section } from './elements.js';

export function helpMessage(): SlackMessage {
  const areas = SUBCOMMAND_AREAS.map(({ title, table }) => {
    const lines = Object.values(table).map(
      (sub) => `• \`${sub.usage}\`: ${sub.summary}${sub.coordinatorOnly ? ' _(coordinators)_' : ''}`,
    );
    return section(`*${title}*\n${lines.join('\n')}`);
  });
  const sectors = SECTORS.map((sector) => `\`${sector.key}\`${sector.core ? '*' : ''}`).join(', ');
  const intro =
    'I help this coalition work as one: regular check-ins at each partner’s own local time, shared tasks, ' +
    'a calm digest of progress and wins, and celebrations when milestones are reached.\n' +
    '_Please keep details about a particular child or family out of Slack: use your organisation’s safeguarding route._';
  return {
    text: 'Coalition Check-ins: what I do and how to use me',
    blocks: [
      header('Coalition Check-ins'),
      section(intro),
      ...areas,
      context(
        `Sectors: ${sectors} (* core sectors every coalition should have at the table). Example: \`/coalition partner @sam org:"St Mary’s Primary" sector:education\``,
      ),
    ],
  };
}
