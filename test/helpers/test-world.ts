import { Writable } from 'node:stream';
import { type AppOverrides, type CoalitionApp, createApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import {
  createSlackDriver,
  type SimulatorOptions,
  type SlackDriver,
  type SlackSimulator,
  startSlackSimulator,
} from '../../src/simulator/index.js';
import { createTestClock, type TestClock } from './test-clock.js';

export const SIGNING_SECRET = 'test-signing-secret';

export interface TestWorld {
  sim: SlackSimulator;
  app: CoalitionApp;
  driver: SlackDriver;
  clock: TestClock;
  logs: string[];
  eventsUrl: string;
  baseUrl: string;
  /** Waits until every listener started so far has finished. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> & { apiUrl: string; botToken: string }): Config {
  return {
    slack: {
      botToken: overrides.botToken,
      appToken: undefined,
      signingSecret: SIGNING_SECRET,
      apiUrl: overrides.apiUrl,
      mode: 'http',
    },
    port: 0,
    databasePath: overrides.databasePath ?? ':memory:',
    logLevel: overrides.logLevel ?? 'debug',
    defaultTimezone: overrides.defaultTimezone ?? 'Europe/London',
    jurisdiction: overrides.jurisdiction ?? 'uk',
    retention: overrides.retention ?? { checkinDays: 180, taskDays: 730, auditDays: 730 },
  };
}

/** Starts the simulator and the whole app over real HTTP, on an in-memory database unless told otherwise. */
export async function startTestWorld(
  options: {
    start?: string;
    databasePath?: string;
    sim?: SlackSimulator;
    simOptions?: SimulatorOptions;
    overrides?: AppOverrides;
  } = {},
): Promise<TestWorld> {
  const clock = createTestClock(options.start ?? '2026-11-24T10:00:00Z');
  const sim = options.sim ?? (await startSlackSimulator(options.simOptions));
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = testConfig({
    apiUrl: sim.apiUrl,
    botToken: sim.botToken,
    databasePath: options.databasePath ?? ':memory:',
  });
  const app = await createApp(config, {
    clock,
    logger: createLogger('debug', stream),
    // One quick retry keeps 429 handling real while a dead simulator fails fast.
    clientOptions: { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50 }, timeout: 5000 },
    ...options.overrides,
  });
  const { port } = await app.start();
  // Tests that call services directly would otherwise meet a scanner still loading (Slack requests wait for it);
  // a test that holds the loader back waits for it itself.
  if (!options.overrides?.loadPrivacyScanner) await app.deferredModulesReady();
  const baseUrl = `http://127.0.0.1:${port}`;
  const eventsUrl = `${baseUrl}/slack/events`;
  const driver = createSlackDriver({ sim, eventsUrl, signingSecret: SIGNING_SECRET });
  return {
    sim,
    app,
    driver,
    clock,
    logs,
    eventsUrl,
    baseUrl,
    settle: async () => {
      // Bolt acks events before its middleware runs, so give a just-acked request a moment to register as in flight.
      for (let quietRounds = 0; quietRounds < 2; ) {
        await app.idle(10_000);
        await new Promise((resolve) => setTimeout(resolve, 3));
        quietRounds = app.inFlightCount() === 0 ? quietRounds + 1 : 0;
      }
    },
    close: async () => {
      await app.stop();
      if (!options.sim) await sim.close();
    },
  };
}
