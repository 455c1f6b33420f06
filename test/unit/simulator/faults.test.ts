import { describe, expect, it } from 'vitest';
import { createFaultInjector } from '../../../src/simulator/faults.js';
import type { FaultRule } from '../../../src/simulator/index.js';

/** Which of `count` calls (1-based) the rule hits. */
function hits(rule: FaultRule, count: number, method = 'users.info', args: Record<string, unknown> = {}): number[] {
  const faults = createFaultInjector();
  faults.add(rule);
  return Array.from({ length: count }, (_, index) => index + 1).filter(() => faults.pick(method, args)?.result);
}

describe('fault rules', () => {
  it.each<[string, FaultRule, number[]]>([
    ['every call', { error: 'internal_error' }, [1, 2, 3, 4, 5, 6]],
    ['the next two', { error: 'internal_error', times: 2 }, [1, 2]],
    ['every third', { status: 429, everyNth: 3 }, [3, 6]],
    ['every second, twice', { status: 500, everyNth: 2, times: 2 }, [2, 4]],
    ['another method only', { method: 'chat.postMessage', error: 'x' }, []],
    ['a method pattern', { method: /^users\./, error: 'x', times: 1 }, [1]],
    ['calls matching a predicate', { when: (args) => args.user === 'U2', error: 'x' }, []],
    ['a delay only', { delayMs: 1 }, []],
  ])('%s', (_name, rule, expected) => {
    expect(hits(rule, 6)).toEqual(expected);
  });

  it('answers like Slack: 200 with ok:false, a status, or 429 with Retry-After', () => {
    const faults = createFaultInjector();
    faults.add({ method: 'a', error: 'account_inactive' });
    faults.add({ method: 'b', status: 503 });
    faults.add({ method: 'c', status: 429, retryAfterSeconds: 7 });
    faults.add({ method: 'd', status: 429 });
    expect(faults.pick('a', {})?.result).toEqual({ status: 200, body: { ok: false, error: 'account_inactive' } });
    expect(faults.pick('b', {})?.result).toEqual({ status: 503, body: { ok: false, error: 'internal_error' } });
    expect(faults.pick('c', {})?.result).toEqual({
      status: 429,
      body: { ok: false, error: 'ratelimited' },
      headers: { 'retry-after': '7' },
    });
    expect(faults.pick('d', {})?.result?.headers).toEqual({ 'retry-after': '1' });
  });

  it('fails the same calls on every run for a seed, and others for another seed', () => {
    const rule = { error: 'internal_error', probability: 0.3 };
    const first = hits({ ...rule, seed: 7 }, 200);
    expect(hits({ ...rule, seed: 7 }, 200)).toEqual(first);
    expect(hits({ ...rule, seed: 8 }, 200)).not.toEqual(first);
    expect(first.length).toBeGreaterThan(40);
    expect(first.length).toBeLessThan(80);
  });

  it('stops after clear', () => {
    const faults = createFaultInjector();
    faults.add({ error: 'x' });
    faults.clear();
    expect(faults.pick('users.info', {})).toBeUndefined();
  });
});
