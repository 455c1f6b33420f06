import type { App } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import { unexpectedErrorMessage } from './blocks/error-message.js';
import { type AnsweredBodies, markAnswered } from './middleware/ack-guard.js';

interface ErrorArgs {
  error: Error & { code?: string; original?: unknown };
  body?: unknown;
}

function responseUrlOf(body: unknown): string | undefined {
  const url = (body as { response_url?: unknown } | undefined)?.response_url;
  return typeof url === 'string' && url.startsWith('http') ? url : undefined;
}

/** The one place unexpected failures land: logged without payload text, and the person told plainly. */
export function registerErrorHandler(app: App, logger: AppLogger, answered: AnsweredBodies): void {
  app.error(async ({ error, body }: ErrorArgs) => {
    markAnswered(answered, body, 'failed');
    const original = error.original instanceof Error ? error.original : error;
    logger.error(
      { code: error.code, err: { message: original.message, stack: original.stack } },
      'unhandled error in a Slack listener',
    );
    const responseUrl = responseUrlOf(body);
    if (!responseUrl) return;
    await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...unexpectedErrorMessage() }),
    }).catch((sendError: unknown) =>
      logger.warn({ err: String(sendError) }, 'could not tell the user about the error'),
    );
  });
}
