import { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { outcome, useSimulator } from './sim-harness.js';

describe('429s on demand', () => {
  const h = useSimulator();

  it('answers every third users.info with 429 and the Retry-After asked for', async () => {
    h.sim.injectFault({ method: 'users.info', status: 429, everyNth: 3, retryAfterSeconds: 7 });
    const results: string[] = [];
    for (let index = 0; index < 6; index += 1) results.push(await outcome(h.client.users.info({ user: 'U1' })));
    expect(results).toEqual(['ok', 'ok', 'ratelimited:7', 'ok', 'ok', 'ratelimited:7']);
    const limited = h.sim.calls('users.info').filter((call) => call.status === 429);
    expect(limited.map((call) => call.response)).toEqual([
      { ok: false, error: 'ratelimited' },
      { ok: false, error: 'ratelimited' },
    ]);
  });

  it('sends a real Retry-After header that a patient client waits out, then succeeds', async () => {
    h.sim.injectFault({ method: 'chat.postMessage', status: 429, times: 1 });
    const raw = await fetch(`${h.sim.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.sim.botToken}` },
    });
    expect([raw.status, raw.headers.get('retry-after')]).toEqual([429, '1']);
    h.sim.injectFault({ method: 'chat.postMessage', status: 429, times: 1 });
    const patient = new WebClient(h.sim.botToken, { slackApiUrl: h.sim.apiUrl, retryConfig: { retries: 1 } });
    const started = Date.now();
    await patient.chat.postMessage({ channel: 'C1', text: 'eventually' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.sim.calls('chat.postMessage').map((call) => call.status)).toEqual([429, 429, 200]);
  });

  it('fails with a chosen platform error or HTTP status until cleared', async () => {
    h.sim.injectFault({ method: 'conversations.open', when: (args) => args.users === 'U1', error: 'account_inactive' });
    h.sim.injectFault({ method: 'users.info', status: 503 });
    expect(await outcome(h.client.conversations.open({ users: 'U1' }))).toBe('account_inactive');
    expect(await outcome(h.client.users.info({ user: 'U1' }))).toBe('http_503');
    h.sim.clearFaults();
    expect(await outcome(h.client.users.info({ user: 'U1' }))).toBe('ok');
  });
});

describe('Slack’s rate limits, enforced', () => {
  const h = useSimulator({ enforceRateLimits: true });

  it('lets 3 messages a channel through at once, then one a second, with Retry-After', async () => {
    const post = (channel: string) => outcome(h.client.chat.postMessage({ channel, text: 'x' }));
    const burst = [await post('C1'), await post('C1'), await post('C1'), await post('C1'), await post('U1')];
    expect(burst).toEqual(['ok', 'ok', 'ok', 'ratelimited:1', 'ok']);
    h.advance(1000);
    expect([await post('C1'), await post('C1')]).toEqual(['ok', 'ratelimited:1']);
  });

  it('limits a Tier 2 method to 20 a minute, refilling over time', async () => {
    const list = () => outcome(h.client.users.list({ limit: 200 }));
    for (let index = 0; index < 20; index += 1) expect(await list()).toBe('ok');
    expect(await list()).toBe('ratelimited:3');
    h.advance(3000);
    expect(await list()).toBe('ok');
    expect(await outcome(h.client.users.info({ user: 'U1' }))).toBe('ok');
  });

  it('does not limit auth.test', async () => {
    for (let index = 0; index < 30; index += 1) await h.client.auth.test();
    expect(h.sim.calls('auth.test').every((call) => call.status === 200)).toBe(true);
  });
});

describe('without enforceRateLimits', () => {
  const h = useSimulator();

  it('lets any number of posts through', async () => {
    for (let index = 0; index < 10; index += 1) await h.client.chat.postMessage({ channel: 'C1', text: 'x' });
    expect(h.sim.calls('chat.postMessage').every((call) => call.status === 200)).toBe(true);
  });
});
