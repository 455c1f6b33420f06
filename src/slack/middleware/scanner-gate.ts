import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * No listener runs before the privacy scanner (and the due-date parser) have loaded, which they do just after start:
 * a message, command or form that arrives first waits for them (well inside Slack's 3 s), and never passes unscanned.
 */
export function waitForScanner(ready: () => Promise<void>): Middleware<AnyMiddlewareArgs> {
  return async ({ next }) => {
    await ready();
    await next();
  };
}
