import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRateLimiter,
  DEFAULT_WORKSPACE_POSTS,
  leastSecondsFor,
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
    ['chat.postMessage', 100, {}, 0],
    ['chat.postMessage', 1000, {}, 90],
    ['chat.postMessage', 1000, { workspacePosts: { perMinute: 6000, burst: 1000 } }, 0],
    ['chat.postMessage', 13, { distinctChannels: false }, 10],
    ['conversations.open', 150, { scale: 60 }, 2],
    ['auth.test', 1000, {}, 0],
  ])('%s x%i %j → %i s', (method, count, options, seconds) => {
    expect(minimumSecondsFor(method, count, options)).toBe(seconds);
  });
});

describe('the workspace-wide post cap', () => {
  it('stops posts to many channels once its burst is spent, and refills at its own rate', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now, { workspacePosts: { perMinute: 60, burst: 5 } });
    const answers = Array.from({ length: 6 }, (_, index) =>
      limiter.retryAfter('chat.postMessage', { channel: `D${index}` }),
    );
    expect(answers).toEqual([undefined, undefined, undefined, undefined, undefined, 1]);
    now += 1000;
    expect(limiter.retryAfter('chat.postMessage', { channel: 'D6' })).toBeUndefined();
    expect(limiter.retryAfter('chat.postMessage', { channel: 'D7' })).toBe(1);
  });

  it('takes nothing from a channel when the workspace refuses the post', () => {
    const limiter = createRateLimiter(() => 0, { workspacePosts: { perMinute: 60, burst: 1 } });
    expect(limiter.retryAfter('chat.postMessage', { channel: 'D1' })).toBeUndefined();
    expect(limiter.retryAfter('chat.postMessage', { channel: 'D2' })).toBe(1);
    const channelOnly = createRateLimiter(() => 0, { workspacePosts: { perMinute: 6000, burst: 100 } });
    expect(burst(channelOnly, 'chat.postMessage', 3, 'D2')).toEqual([undefined, undefined, undefined]);
  });

  it('defaults to an assumed cap, since Slack does not publish one', () => {
    expect(DEFAULT_WORKSPACE_POSTS).toEqual({ perMinute: 600, burst: 100 });
  });
});

describe('leastSecondsFor', () => {
  it('is decided by the slowest bucket: a Tier 3 open per person outweighs the posts', () => {
    const people = Array.from({ length: 200 }, (_, index) => index);
    const opens = people.map(() => ({ method: 'conversations.open', args: {} }));
    const posts = people.map((index) => ({ method: 'chat.postMessage', args: { channel: `D${index}` } }));
    expect(leastSecondsFor(posts)).toBe(10); // (200 - 100) posts at 10 a second
    expect(leastSecondsFor([...opens, ...posts])).toBe(180); // (200 - 50) opens at 50 a minute
    expect(leastSecondsFor([...opens, ...posts], { scale: 60 })).toBe(3);
  });

  const methods = ['chat.postMessage', 'conversations.open', 'users.list', 'users.info', 'auth.test'];
  const call = fc.record({
    method: fc.constantFrom(...methods),
    args: fc.record({ channel: fc.constantFrom('C1', 'C2', 'D1', 'D2', 'D3') }),
  });

  it('is never beaten by a client that sends each call the moment the limiter allows it', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 120 }), fc.integer({ min: 1, max: 30 }), (calls, workspaceBurst) => {
        const model = { workspacePosts: { perMinute: 120, burst: workspaceBurst } };
        let now = 0;
        const limiter = createRateLimiter(() => now, model);
        for (const { method, args } of calls) while (limiter.retryAfter(method, args) !== undefined) now += 10;
        expect(now / 1000).toBeGreaterThanOrEqual(leastSecondsFor(calls, model) - 0.01);
      }),
    );
  });
});
