import type { IncomingMessage, ServerResponse } from 'node:http';
import type { webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { type AppLogger, toBoltLogger } from '../logger.js';
import { App, LogLevel } from './bolt.js';
import { registerErrorHandler } from './error-handler.js';
import { lightFetch } from './light-fetch.js';
import { createListeners, type ListenerDeps } from './listeners/index.js';
import type { AnsweredBodies } from './middleware/ack-guard.js';
import type { InFlightTracker } from './middleware/in-flight.js';
import { registerMiddleware } from './middleware/index.js';

export type SlackClientOptions = webApi.WebClientOptions;

export interface SlackAppOptions {
  config: Config;
  logger: AppLogger;
  healthy: () => boolean;
  /** Web API client settings: tests shorten retries; production keeps web-api's backoff. */
  clientOptions?: webApi.WebClientOptions;
}

// web-api has already waited out Retry-After before it retries a 429, so its own backoff adds nothing there.
const DEFAULT_CLIENT_OPTIONS: webApi.WebClientOptions = {
  fetch: lightFetch,
  timeout: 15_000,
  retryConfig: { retries: 10, factor: 1, minTimeout: 0, maxTimeout: 0 },
};

/** web-api signals "waited for Retry-After, try again" with this message, wrapped in a WebAPIRequestError. */
const RATE_LIMIT_RETRY = /A rate limit was exceeded/;

/**
 * web-api would otherwise resend a post whose answer was lost (timeout, dropped connection, HTTP 5xx) although
 * Slack may have posted it: a second prompt, a second digest. Only a 429, which Slack certainly refused, is
 * retried here; every other failure goes back to the caller, and the outbox looks in Slack before resending.
 */
export function onlyRateLimitedRetries(retryConfig: webApi.RetryOptions | undefined): webApi.RetryOptions {
  // p-retry (web-api's retry loop) stops and rejects with whatever onFailedAttempt throws.
  const withVeto: webApi.RetryOptions & { onFailedAttempt: (error: Error) => void } = {
    ...retryConfig,
    onFailedAttempt(error: Error) {
      if (!RATE_LIMIT_RETRY.test(error.message)) throw error;
    },
  };
  return withVeto;
}

function healthRoute(healthy: () => boolean) {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      const ok = healthy();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ db: ok ? 'ok' : 'error' }));
    },
  };
}

export function createSlackApp({ config, logger, healthy, clientOptions }: SlackAppOptions): App {
  const socketMode = config.slack.mode === 'socket';
  const app = new App({
    token: config.slack.botToken,
    ...(socketMode
      ? { socketMode: true, appToken: config.slack.appToken }
      : { signingSecret: config.slack.signingSecret }),
    port: config.port,
    logger: toBoltLogger(logger),
    logLevel: LogLevel.INFO,
    // auth.test runs in init(), where a bad token becomes one clear start-up error instead of a stray rejection.
    deferInitialization: true,
    extendedErrorHandler: true,
    // Nothing reads context.conversation; Bolt's default store costs a promise and a thrown Error per request.
    convoStore: false,
    customRoutes: [healthRoute(healthy)],
    clientOptions: {
      ...DEFAULT_CLIENT_OPTIONS,
      ...clientOptions,
      retryConfig: onlyRateLimitedRetries(clientOptions?.retryConfig ?? DEFAULT_CLIENT_OPTIONS.retryConfig),
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    },
  });
  return app;
}

/**
 * Middleware (acks for anything, event dedupe, friendly errors, id checks) with the routing to listeners last,
 * then the last-resort handler.
 */
export function wireSlackApp(
  app: App,
  deps: ListenerDeps,
  inFlight: InFlightTracker,
  deferredModulesReady: () => Promise<void>,
): void {
  const answered: AnsweredBodies = new WeakMap();
  registerMiddleware(
    app,
    { inFlight, events: deps.events, access: deps.access, logger: deps.logger, answered, deferredModulesReady },
    createListeners(deps).route,
  );
  registerErrorHandler(app, deps.logger, answered);
}
