import { randomBytes } from 'node:crypto';
import type { AppOverrides, CoalitionApp } from '../app.js';
import type { Config, SandboxConfig } from '../config.js';
import type { AppLogger } from '../logger.js';
import { createSlackDriver, type SlackDriver, type SlackSimulator, startSlackSimulator } from '../simulator/index.js';
import type { SandboxClock } from './sandbox-clock.js';

/** The app's composition root, passed in by main.ts so the sandbox never builds the app itself. */
export type CreateApp = (config: Config, overrides: AppOverrides) => Promise<CoalitionApp>;

export interface SandboxWorld {
  sim: SlackSimulator;
  app: CoalitionApp;
  driver: SlackDriver;
  clock: SandboxClock;
  /** Waits until every request the app is handling, and what it started after acking, is done. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const SETTLE_LIMIT_MS = 10_000;

/** The real app against a local Slack, on the sandbox clock, listening on loopback only. */
export async function startSandboxWorld(options: {
  config: SandboxConfig;
  createApp: CreateApp;
  logger: AppLogger;
  clock: SandboxClock;
}): Promise<SandboxWorld> {
  const { clock } = options;
  const now = () => clock.now().getTime();
  const sim = await startSlackSimulator({ now });
  // A fresh secret per run: nothing but this process can sign requests to the app.
  const signingSecret = randomBytes(24).toString('hex');
  const config: Config = {
    ...options.config,
    port: 0,
    slack: { botToken: sim.botToken, appToken: undefined, signingSecret, apiUrl: sim.apiUrl, mode: 'http' },
  };
  const app = await options.createApp(config, {
    clock,
    logger: options.logger,
    listenHost: '127.0.0.1',
    // The sandbox runs the heartbeat itself, so that moving the clock and the live minute never overlap.
    startScheduler: false,
    clientOptions: { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 100 }, timeout: 5000 },
  });
  const { port } = await app.start();
  // Requests are signed with real time: Bolt checks the signature's timestamp against the system clock.
  const driver = createSlackDriver({ sim, eventsUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret });
  return {
    sim,
    app,
    driver,
    clock,
    settle: async () => {
      // Bolt acks before the listener finishes; wait for two quiet rounds so follow-ups have registered too.
      for (let quietRounds = 0; quietRounds < 2; ) {
        await app.idle(SETTLE_LIMIT_MS);
        await new Promise((resolve) => setTimeout(resolve, 3));
        quietRounds = app.inFlightCount() === 0 ? quietRounds + 1 : 0;
      }
    },
    close: async () => {
      await app.stop();
      await sim.close();
    },
  };
}
