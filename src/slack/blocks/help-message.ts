import { SECTORS } from '../../domain/sectors.js';
import { SUBCOMMANDS } from '../parse/command.js';
import { context, header, type SlackMessage, section } from './elements.js';

export function helpMessage(): SlackMessage {
  const commands = Object.values(SUBCOMMANDS)
    .map(
      (sub) =>
        `• \`${sub.usage}\`: ${sub.summary}${sub.coordinatorOnly ? ' _(coordinators)_' : ''}\n   e.g. \`${sub.example}\``,
    )
    .join('\n');
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
      section(`*Commands*\n${commands}`),
      context(`Sectors: ${sectors} (* core sectors every coalition should have at the table)`),
    ],
  };
}
