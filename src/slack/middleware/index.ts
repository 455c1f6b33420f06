import type { App, RespondFn } from '@slack/bolt';
import { ZodError } from 'zod';
import { isDomainError } from '../../domain/errors.js';
import type { AppLogger } from '../../logger.js';
import type { AccessService } from '../../services/access.js';
import type { EventLedger } from '../../services/events.js';
import { errorMessage } from '../blocks/error-message.js';
import { noticeMessage } from '../blocks/interaction-notices.js';
import { type AnsweredBodies, guardAcks, markAnswered } from './ack-guard.js';
import { guardIds } from './id-guard.js';
import type { InFlightTracker } from './in-flight.js';
import { factsOf } from './interaction-shape.js';
import { waitForScanner } from './scanner-gate.js';
import { inOrder, type Step, type StepArgs } from './steps.js';

type Args = StepArgs & { respond?: RespondFn };

/** Slack retries an event it thinks failed; its event_id stays the same, so act on each id once. */
function dedupeEvents(events: EventLedger): Step {
  return async ({ body }, next) => {
    const envelope = body as { event_id?: unknown; team_id?: unknown };
    if (typeof envelope.event_id !== 'string') return next();
    if (!events.claim(envelope.event_id, String(envelope.team_id ?? ''))) return;
    try {
      await next();
    } catch (error) {
      events.release(envelope.event_id);
      throw error;
    }
  };
}

/**
 * Expected failures become a friendly ephemeral answer; a value our parsers cannot read (a ZodError) is told as
 * unreadable; anything else goes on to app.error.
 */
function answerDomainErrors(logger: AppLogger, answered: AnsweredBodies): Step {
  return async (args, next) => {
    const { respond, body } = args as Args;
    try {
      await next();
    } catch (error) {
      if (error instanceof ZodError) {
        logger.warn({ type: factsOf(body).type, id: factsOf(body).id }, 'an interaction value could not be read');
        markAnswered(answered, body, 'unreadable');
        await respond?.({ response_type: 'ephemeral', replace_original: false, ...noticeMessage('unreadable') });
        return;
      }
      if (!isDomainError(error)) throw error;
      if (!respond) {
        logger.info({ code: error.code }, 'expected failure with nobody to tell');
        return;
      }
      await respond({ response_type: 'ephemeral', replace_original: false, ...errorMessage(error) });
    }
  };
}

/**
 * Acks for anything (around Bolt's entry point), then in order: wait for the scanner, act on each event once, answer
 * expected failures kindly, check the ids a request names, and last `route`, which hands it to its listener.
 */
export function registerMiddleware(
  app: App,
  deps: {
    inFlight: InFlightTracker;
    events: EventLedger;
    access: AccessService;
    logger: AppLogger;
    answered: AnsweredBodies;
    deferredModulesReady: () => Promise<void>;
  },
  route: Step,
): void {
  guardAcks(app, deps);
  app.use(
    inOrder([
      waitForScanner(deps.deferredModulesReady),
      dedupeEvents(deps.events),
      answerDomainErrors(deps.logger, deps.answered),
      guardIds(deps.access, deps.logger),
      route,
    ]),
  );
}
