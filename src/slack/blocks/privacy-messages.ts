import type { AuditEntry } from '../../db/repositories/audit-log.js';
import { PRIVACY_ACTIONS } from '../ids.js';
import { slackDateTime } from './dates.js';
import { button, context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

// A section holds 3000 characters; forty one-line entries fit with room to spare.
const MAX_AUDIT_LINES = 40;

function who(actor: string): string {
  return /^[UW][A-Z0-9]+$/.test(actor) ? `<@${actor}>` : escapeMrkdwn(actor);
}

export function auditMessage(entries: AuditEntry[]): SlackMessage {
  const lines = entries.slice(0, MAX_AUDIT_LINES).map((entry) => {
    const subject = entry.subject
      ? ` · ${/^[UW][A-Z0-9]+$/.test(entry.subject) ? `<@${entry.subject}>` : escapeMrkdwn(entry.subject)}`
      : '';
    return `• ${slackDateTime(entry.at, 'UTC')} · ${who(entry.actorUserId)} · \`${entry.action}\`${subject}`;
  });
  return {
    text: `The ${entries.length} most recent audit entries`,
    blocks: [
      section(`*Recent audit entries*\n${lines.join('\n') || 'Nothing recorded yet.'}`),
      context('Only coordinators can see this. Entries record who did what and when, never free text.'),
    ],
  };
}

export function eraseConfirmMessage(input: { coalitionId: number; userId: string; displayName: string }): SlackMessage {
  const text = `Erase <@${input.userId}>’s data from this coalition? Their name becomes “Former member (their organisation)”, their check-in answers and notes are deleted, and they leave the roster. This cannot be undone.`;
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        block_id: 'erase_actions',
        elements: [
          button('Yes, erase', PRIVACY_ACTIONS.confirmErase, `${input.coalitionId}:${input.userId}`, 'danger'),
        ],
      },
      context(`Asked about: ${escapeMrkdwn(input.displayName)}. Ignore this message to cancel.`),
    ],
  };
}
