import type { createFaultInjector } from './faults.js';
import { METHODS, type MethodContext } from './methods.js';
import type { createRateLimiter } from './rate-limits.js';
import type { ApiResult } from './types.js';

export interface ApiHandlerOptions {
  context: MethodContext;
  botToken: string;
  faults: ReturnType<typeof createFaultInjector>;
  /** Present only when the simulator enforces rate limits. */
  limiter?: ReturnType<typeof createRateLimiter>;
}

const platformError = (error: string): ApiResult => ({ status: 200, body: { ok: false, error } });

function rateLimited(retryAfterSeconds: number): ApiResult {
  return {
    status: 429,
    body: { ok: false, error: 'ratelimited' },
    headers: { 'retry-after': String(retryAfterSeconds) },
  };
}

/** Decides a Web API call's answer in Slack's order: scripted faults, unknown method, auth, rate limit, the method. */
export function createApiHandler({ context, botToken, faults, limiter }: ApiHandlerOptions) {
  return async (method: string, args: Record<string, unknown>, token: string | undefined): Promise<ApiResult> => {
    const fault = faults.pick(method, args);
    if (fault?.delayMs) await new Promise((done) => setTimeout(done, fault.delayMs));
    if (fault?.result) return fault.result;
    const implementation = METHODS[method];
    if (!implementation) return platformError('unknown_method');
    if (!token) return platformError('not_authed');
    if (token !== botToken) return platformError('invalid_auth');
    const retryAfter = limiter?.retryAfter(method, args);
    if (retryAfter !== undefined) return rateLimited(retryAfter);
    const result = implementation(args, context);
    if (fault?.answerAfterMs) await new Promise((done) => setTimeout(done, fault.answerAfterMs));
    return fault?.dropAnswer ? { ...result, dropAnswer: true } : result;
  };
}
