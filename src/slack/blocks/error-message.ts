import type { DomainError } from '../../domain/errors.js';
import { type Block, context, type SlackMessage, section } from './elements.js';

export function errorMessage(error: DomainError): SlackMessage {
  const blocks: Block[] = [section(error.message)];
  if (error.hint) blocks.push(context(error.hint));
  return { text: error.hint ? `${error.message} ${error.hint}` : error.message, blocks };
}

/** For failures we did not expect: say sorry, say what to do, and never show internals. */
export function unexpectedErrorMessage(): SlackMessage {
  const text =
    'Sorry, something went wrong on my side and nothing was changed. Please try again in a minute; if it keeps happening, let your coordinator know.';
  return { text, blocks: [section(text)] };
}
