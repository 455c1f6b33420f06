import type { SlackMessage } from './elements.js';
import { section } from './elements.js';

/** To coordinators, after the last retry of a digest part: what is missing and what they can do. */
export function digestStepFailedMessage(input: { cycleDate: string; part: 'digest' | 'private_notes' }): SlackMessage {
  const what =
    input.part === 'private_notes'
      ? `Some private notes from the ${input.cycleDate} check-in`
      : `Part of the digest for the ${input.cycleDate} check-in`;
  const text = `${what} could not be sent: Slack kept refusing it for a day. Partners' answers are safe. You can post the digest again with \`/coalition digest\`, or ask whoever runs the app to check its logs.`;
  return { text, blocks: [section(text)] };
}
