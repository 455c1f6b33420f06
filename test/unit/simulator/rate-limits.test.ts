import { describe, expect, it } from 'vitest';
import {
  createRateLimiter,
  METHOD_TIERS,
  minimumSecondsFor,
  rateRuleFor,
  TIER_PER_MINUTE,
} from '../../../src/simulator/index.js';

/** Calls `method` `count` times at the clock's current time; returns each answer (undefined = allowed). */
function burst(limiter: ReturnType<typeof createRateLimiter>, method: string, count: number, channel = 'C1') {
  return Array.from({ length: count }, () => limiter.retryAfter(method, { channel }));
}

describe('Slack rate-limit tiers', () => {
  it.each([
    ['users.list', 2, 20],
    ['chat.update', 3, 50],
    ['conversations.open', 3, 50],
    ['users.info', 4, 100],
    ['views.open', 4, 100],
    ['chat.postEphemeral', 4, 100],
  ])('%s is Tier %i (%i a minute)', (method, tier, perMinute) => {
    expect(METHOD_TIERS[method]).toBe(tier);
    expect(TIER_PER_MINUTE[tier as keyof typeof TIER_PER_MINUTE]).toBe(perMinute);
    expect(rateRuleFor(method)).toEqual({ burst: perMinute, perSecond: perMinute / 60, perChannel: false });
  });

  it('leaves auth.test unlimited and limits chat.postMessage per channel', () => {
    expect(rateRuleFor('auth.test')).toBeUndefined();
    expect(rateRuleFor('chat.postMessage')).toEqual({ burst: 3, perSecond: 1, perChannel: true });
  });
});

describe('the token-bucket limiter', () => {
  it('lets a Tier 2 method burst 20 calls, then asks for 3 s (a minute / 20) and refills with time', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    expect(burst(limiter, 'users.list', 20).every((answer) => answer === undefined)).toBe(true);
    expect(limiter.retryAfter('users.list', {})).toBe(3);
    now += 2999;
    expect(limiter.retryAfter('users.list', {})).toBe(1);
    now += 1;
    expect(limiter.retryAfter('users.list', {})).toBeUndefined();
  });

  it('limits chat.postMessage per channel: 3 at once, then one a second, other channels unaffected', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    expect(burst(limiter, 'chat.postMessage', 4)).toEqual([undefined, undefined, undefined, 1]);
    expect(burst(limiter, 'chat.postMessage', 1, 'C2')).toEqual([undefined]);
    now += 1000;
    expect(burst(limiter, 'chat.postMessage', 2)).toEqual([undefined, 1]);
  });

  it('keeps methods apart and forgets everything on reset', () => {
    const limiter = createRateLimiter(() => 0);
    burst(limiter, 'users.list', 20);
    expect(limiter.retryAfter('users.info', {})).toBeUndefined();
    limiter.reset();
    expect(limiter.retryAfter('users.list', {})).toBeUndefined();
  });

  it('speeds up with a scale, still asking for at least a whole second as Slack does', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now, 60);
    burst(limiter, 'users.list', 20);
    expect(limiter.retryAfter('users.list', {})).toBe(1);
    now += 50; // 20 a second at 60x
    expect(limiter.retryAfter('users.list', {})).toBeUndefined();
  });
});

describe('minimumSecondsFor', () => {
  it.each([
    ['conversations.open', 50, {}, 0],
    ['conversations.open', 150, {}, 120],
    ['users.list', 21, {}, 3],
    ['chat.postMessage', 1000, {}, 0],
    ['chat.postMessage', 13, { distinctChannels: false }, 10],
    ['conversations.open', 150, { scale: 60 }, 2],
    ['auth.test', 1000, {}, 0],
  ])('%s x%i %j → %i s', (method, count, options, seconds) => {
    expect(minimumSecondsFor(method, count, options)).toBe(seconds);
  });
});
