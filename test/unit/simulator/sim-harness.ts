import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach } from 'vitest';
import { type SimulatorOptions, type SlackSimulator, startSlackSimulator } from '../../../src/simulator/index.js';

export const START = Date.parse('2026-11-24T10:00:00Z');

export interface Harness {
  sim: SlackSimulator;
  client: WebClient;
  /** The simulator's clock (ms); tests move it with `advance`. */
  now: number;
  advance(ms: number): void;
}

/** A WebClient that never retries and rejects 429s at once, so answers are what the simulator said. */
export function clientFor(sim: SlackSimulator, token = sim.botToken): WebClient {
  return new WebClient(token, { slackApiUrl: sim.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
}

/** Starts a fresh simulator per test with U1 (in C1 with the bot) and a stepped clock. */
export function useSimulator(options: SimulatorOptions = {}): Harness {
  const harness = {
    now: START,
    advance(ms: number) {
      harness.now += ms;
    },
  } as Harness;
  beforeEach(async () => {
    harness.now = START;
    harness.sim = await startSlackSimulator({ now: () => harness.now, ...options });
    harness.client = clientFor(harness.sim);
    harness.sim.addUser({ id: 'U1', tz: 'Asia/Kolkata' });
    harness.sim.addChannel({ id: 'C1', name: 'general', members: ['U1'], botIsMember: true });
  });
  afterEach(async () => {
    await harness.sim.close();
  });
  return harness;
}

/** 'ok', the platform error code, 'ratelimited:<seconds>', or 'http_<status>'. */
export function outcome(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number }) => {
      if (error.code === 'slack_webapi_rate_limited_error') return `ratelimited:${error.retryAfter}`;
      return error.data?.error ?? `http_${error.statusCode}`;
    },
  );
}

export const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
