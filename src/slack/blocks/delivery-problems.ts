import type { MessagePart } from '../../services/ports.js';
import type { SlackMessage } from './elements.js';
import { section } from './elements.js';

function missing(part: MessagePart, cycleDate: string | null): string {
  const check = cycleDate ? ` for the ${cycleDate} check-in` : '';
  switch (part) {
    case 'private_notes':
      return `Some private notes from the ${cycleDate ?? 'latest'} check-in`;
    case 'celebration':
      return 'A celebration for the coalition channel';
    case 'task_message':
      return 'A message about a task';
    default:
      return `Part of the digest${check}`;
  }
}

/** To coordinators, after the last retry of an outbox message: what is missing and what they can do. */
export function digestStepFailedMessage(input: { cycleDate: string | null; part: MessagePart }): SlackMessage {
  const safe =
    input.part === 'celebration' || input.part === 'task_message'
      ? 'Nothing that was recorded is lost'
      : "Partners' answers are safe";
  const text = `${missing(input.part, input.cycleDate)} could not be sent: Slack kept refusing it for several hours. ${safe}; whoever runs the app can see why in its logs.`;
  return { text, blocks: [section(text)] };
}
