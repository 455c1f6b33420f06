import type { SlackMessage } from './elements.js';
import { section } from './elements.js';

/** To coordinators, after the last retry of a digest part: what is missing and what they can do. */
export function digestStepFailedMessage(input: { cycleDate: string; part: 'digest' | 'private_notes' }): SlackMessage {
  const what =
    input.part === 'private_notes'
      ? `Some private notes from the ${input.cycleDate} check-in`
      : `Part of the digest for the ${input.cycleDate} check-in`;
  const text = `${what} could not be sent: Slack kept refusing it for several hours. Partners' answers are safe; whoever runs the app can see why in its logs.`;
  return { text, blocks: [section(text)] };
}
