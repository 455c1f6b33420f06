import type { ApiResult, FaultRule } from './types.js';

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  applied: number;
  random: () => number;
}

/** mulberry32: a tiny seeded PRNG, so "5% of calls" fails the same calls on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matches(rule: FaultRule, method: string, args: Record<string, unknown>): boolean {
  if (rule.method instanceof RegExp && !rule.method.test(method)) return false;
  if (typeof rule.method === 'string' && rule.method !== method) return false;
  return rule.when ? rule.when(args) : true;
}

/** Scripted failures: the first matching rule that fires decides the answer (an error, a status, or only a delay). */
export function createFaultInjector() {
  const rules: ActiveRule[] = [];
  return {
    add(rule: FaultRule): void {
      rules.push({ rule, seen: 0, applied: 0, random: seededRandom(rule.seed ?? 42) });
    },
    clear(): void {
      rules.length = 0;
    },
    pick(
      method: string,
      args: Record<string, unknown>,
    ): { result?: ApiResult; delayMs: number; dropAnswer: boolean; answerAfterMs: number } | undefined {
      for (const active of rules) {
        const { rule } = active;
        if (!matches(rule, method, args)) continue;
        if (rule.times !== undefined && active.applied >= rule.times) continue;
        active.seen += 1;
        if (rule.everyNth && active.seen % rule.everyNth !== 0) continue;
        if (rule.probability !== undefined && active.random() >= rule.probability) continue;
        active.applied += 1;
        return {
          result: toResult(rule),
          delayMs: rule.delayMs ?? 0,
          dropAnswer: rule.dropAnswer ?? false,
          answerAfterMs: rule.answerAfterMs ?? 0,
        };
      }
      return undefined;
    },
  };
}

function toResult(rule: FaultRule): ApiResult | undefined {
  if (rule.status === 429) {
    const retryAfter = String(rule.retryAfterSeconds ?? 1);
    return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': retryAfter } };
  }
  if (rule.status) return { status: rule.status, body: { ok: false, error: rule.error ?? 'internal_error' } };
  if (rule.error) return { status: 200, body: { ok: false, error: rule.error } };
  return undefined;
}
