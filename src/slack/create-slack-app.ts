import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, LogLevel, type webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { type AppLogger, toBoltLogger } from '../logger.js';
import { registerErrorHandler } from './error-handler.js';
import { lightFetch } from './light-fetch.js';
import { type ListenerDeps, registerListeners } from './listeners/index.js';
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

// web-api's default retries for ~30 minutes; five minutes is plenty for a chat bot and frees shutdown sooner.
const DEFAULT_CLIENT_OPTIONS: webApi.WebClientOptions = {
  fetch: lightFetch,
  timeout: 15_000,
  retryConfig: { retries: 5, factor: 2, minTimeout: 1000 },
};

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
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    },
  });
  return app;
}

/** Middleware first (acks for anything, in-flight tracking, event dedupe, friendly errors, id checks), then listeners, then the last-resort handler. */
export function wireSlackApp(app: App, deps: ListenerDeps, inFlight: InFlightTracker): void {
  const answered: AnsweredBodies = new WeakMap();
  registerMiddleware(app, { inFlight, events: deps.events, access: deps.access, logger: deps.logger, answered });
  registerListeners(app, deps);
  registerErrorHandler(app, deps.logger, answered);
}
