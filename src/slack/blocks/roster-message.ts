import type { RosterView } from '../../domain/roster.js';
import { sectorLabel } from '../../domain/sectors.js';
import { type Block, context, escapeMrkdwn, header, type SlackMessage, section } from './elements.js';

// A message may carry 50 blocks; keep room for the header, the gaps line and the footer.
const MAX_GROUP_BLOCKS = 45;

export function rosterMessage(coalitionName: string, roster: RosterView): SlackMessage {
  const blocks: Block[] = [header(`${coalitionName}: who is at the table`)];
  if (roster.groups.length === 0)
    blocks.push(section('Nobody is on the roster yet. Members of this channel join it automatically.'));
  for (const group of roster.groups.slice(0, MAX_GROUP_BLOCKS)) {
    const title = group.sector ? sectorLabel(group.sector) : 'Sector not set yet';
    const lines = group.entries.map(({ person, organisation }) => {
      const org = organisation ? ` — ${escapeMrkdwn(organisation.name)}` : '';
      const role = person.role === 'partner' ? '' : ` _(${person.role})_`;
      return `• <@${person.slackUserId}>${org}${role}`;
    });
    blocks.push(section(`*${title}* (${group.entries.length})\n${lines.join('\n')}`));
  }
  if (roster.missingCoreSectors.length > 0) {
    const missing = roster.missingCoreSectors.map(sectorLabel).join(', ');
    blocks.push(section(`*Not at the table yet:* ${missing}. Who could we invite?`));
  }
  blocks.push(context('Set your own organisation and sector with `/coalition profile`.'));
  return { text: escapeMrkdwn(`${coalitionName}: ${roster.activeCount} people on the roster`), blocks };
}
