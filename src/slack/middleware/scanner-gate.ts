import type { Step } from './steps.js';

/**
 * No listener runs before the privacy scanner (and the due-date parser) have loaded, which they do just after start:
 * a message, command or form that arrives first waits for them (well inside Slack's 3 s), and never passes unscanned.
 * Once they have loaded, requests go straight on: awaiting a settled promise still cost every request a turn.
 */
export function waitForScanner(ready: () => Promise<void>): Step {
  let loaded = false;
  return async (_args, next) => {
    if (!loaded) {
      await ready();
      loaded = true;
    }
    await next();
  };
}
