import type { Server } from 'node:http';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { openDatabase } from './db/client.js';
import { createRepositories } from './db/repositories/index.js';
import { type AppLogger, createLogger } from './logger.js';
import { buildJobs } from './scheduler/jobs.js';
import { createScheduler } from './scheduler/scheduler.js';
import { createServices } from './services/index.js';
import { lazyPrivacyScanner, type PrivacyScanner } from './services/privacy-scanner.js';
import { lazyDueDateParser } from './services/tasks/due-date-parser.js';
import { createCheckinNotifier } from './slack/checkin-notifier.js';
import { createCoalitionNotifier } from './slack/coalition-notifier.js';
import { createSlackApp, type SlackClientOptions, wireSlackApp } from './slack/create-slack-app.js';
import { createCelebrationNotifier, createDigestNotifier } from './slack/digest-notifier.js';
import { createDirectMessages } from './slack/direct-messages.js';
import { createSlackDirectory } from './slack/directory.js';
import { createFileSender } from './slack/file-sender.js';
import { createInsightFiles } from './slack/insight-files.js';
import { createInFlightTracker } from './slack/middleware/in-flight.js';
import { createPrivacyNotifier } from './slack/privacy-notifier.js';
import { createSentMessageFinder } from './slack/sent-messages.js';
import { createTaskNotifier } from './slack/task-notifier.js';

export interface AppOverrides {
  clock?: Clock;
  logger?: AppLogger;
  clientOptions?: SlackClientOptions;
  /** Tests drive the heartbeat themselves with a test clock. */
  startScheduler?: boolean;
  /** The local sandbox listens on loopback only; Slack's HTTP mode needs every interface. */
  listenHost?: string;
  /** How the privacy detector is loaded; tests hold it back to show that nothing passes unscanned meanwhile. */
  loadPrivacyScanner?: () => Promise<PrivacyScanner>;
}

const LOAD_AFTER_LISTENING_MS = 100;
// Slack retries deliveries for minutes; the drain after SIGTERM must fit the 10 s our process is given.
const SHUTDOWN_DRAIN_MS = 8_000;

/** The composition root: every dependency is built here and passed in, so tests can swap any of them. */
export async function createApp(config: Config, overrides: AppOverrides = {}) {
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const database = openDatabase(config.databasePath);
  const appliedMigrations = database.migrate();
  logger.info({ appliedMigrations }, 'database ready');

  const repos = createRepositories(database.db);
  const inFlight = createInFlightTracker();
  const slack = createSlackApp({
    config,
    logger,
    healthy: () => safePing(database.ping),
    ...(overrides.clientOptions ? { clientOptions: overrides.clientOptions } : {}),
  });
  const dms = createDirectMessages(slack.client, {
    find: (userId) => repos.dmChannels.find(userId),
    remember: (userId, channelId) => repos.dmChannels.remember(userId, channelId, clock.now()),
    forget: (userId) => repos.dmChannels.forget(userId),
  });
  const finder = createSentMessageFinder(slack.client);
  const scanner = lazyPrivacyScanner(overrides.loadPrivacyScanner);
  const dueDates = lazyDueDateParser();
  // The modules loaded after start: the privacy scanner and the due-date parser. Every request asks; once both are
  // in, the answer is one settled promise rather than a new Promise.all each time.
  const loaded = Promise.resolve();
  const deferredModulesReady = () =>
    scanner.loaded && dueDates.loaded ? loaded : Promise.all([scanner.ready(), dueDates.ready()]).then(() => undefined);
  const services = createServices({
    repos,
    clock,
    logger,
    config,
    privacyScanner: scanner,
    dueDates,
    ports: {
      directory: createSlackDirectory({ client: slack.client }),
      checkins: createCheckinNotifier({ client: slack.client, dms, finder }),
      tasks: createTaskNotifier({ client: slack.client, dms, finder }),
      privacy: createPrivacyNotifier({ client: slack.client, dms }),
      files: createFileSender({ client: slack.client, dms }),
      digests: createDigestNotifier({ client: slack.client, dms, finder }),
      celebrations: createCelebrationNotifier({ client: slack.client, finder }),
      coalitions: createCoalitionNotifier({ client: slack.client, dms }),
      insightFiles: createInsightFiles({ client: slack.client, dms }),
    },
  });
  // Every driver waits for the scanner before work that could scan text: Bolt's middleware, and each beat.
  const tick = async (now: Date) => {
    await deferredModulesReady();
    return services.tick(now);
  };
  const scheduler = createScheduler({
    jobs: buildJobs({ checkinTick: tick, events: services.events, retention: services.retention }),
    clock,
    logger,
  });
  wireSlackApp(slack, { ...services, clock, logger }, inFlight, deferredModulesReady);

  let server: Server | undefined;
  let stopping: Promise<void> | undefined;

  return {
    appliedMigrations,
    repos,
    services,
    /** One heartbeat at `now`; the scheduler calls this every minute. */
    tick,
    /** Resolves once the privacy scanner and the due-date parser have loaded (start() loads them once listening). */
    deferredModulesReady,
    logger,
    async start(): Promise<{ port: number | undefined }> {
      await slack.init();
      const listen = overrides.listenHost ? { port: config.port, host: overrides.listenHost } : config.port;
      const started = (await slack.start(listen)) as unknown;
      // Loading them holds the event loop for a few hundred ms, so it starts a moment after listening, once the
      // first health checks are answered; a Slack request that comes sooner starts it at once (in the gates above).
      setTimeout(() => {
        deferredModulesReady().then(
          () => logger.info('privacy scanner and due-date parser ready'),
          (error: unknown) =>
            logger.fatal({ err: String(error) }, 'the privacy scanner or due-date parser could not load'),
        );
      }, LOAD_AFTER_LISTENING_MS);
      if (overrides.startScheduler ?? true)
        scheduler
          .start()
          .catch((error: unknown) => logger.fatal({ err: String(error) }, 'the heartbeat could not start'));
      server = config.slack.mode === 'http' ? (started as Server) : undefined;
      const address = server?.address();
      const port = typeof address === 'object' && address ? address.port : undefined;
      logger.info({ mode: config.slack.mode, port }, 'Coalition Check-ins is running');
      return { port };
    },
    /** Waits for listeners still running; tests use it to know a request's side effects are done. */
    idle: (timeoutMs?: number) => inFlight.idle(timeoutMs),
    inFlightCount: () => inFlight.size,
    /** Scheduler first (no new beats), then the receiver (no new requests), then in-flight work, then the file. */
    stop(): Promise<void> {
      stopping ??= (async () => {
        await scheduler
          .stop()
          .catch((error: unknown) => logger.warn({ err: String(error) }, 'scheduler did not stop cleanly'));
        logger.debug({ step: 'scheduler' }, 'stopping: scheduler stopped');
        await slack
          .stop()
          .catch((error: unknown) => logger.warn({ err: String(error) }, 'receiver did not stop cleanly'));
        logger.debug({ step: 'receiver' }, 'stopping: receiver stopped');
        const drained = await inFlight.idle(SHUTDOWN_DRAIN_MS);
        if (!drained) logger.warn({ inFlight: inFlight.size }, 'stopped with work still in flight');
        logger.debug({ step: 'drain' }, 'stopping: in-flight work drained');
        database.close();
        logger.info({ step: 'database' }, 'stopped');
      })();
      return stopping;
    },
  };
}

function safePing(ping: () => boolean): boolean {
  try {
    return ping();
  } catch {
    return false;
  }
}

export type CoalitionApp = Awaited<ReturnType<typeof createApp>>;
