import type { SimState } from './state.js';
import type { ApiResult } from './types.js';

export type Args = Record<string, unknown>;

export interface MethodContext {
  state: SimState;
  identity: { teamId: string; botUserId: string; botId: string; appId: string; now: () => number };
  /** The simulator's base URL, for URLs it hands out (file uploads). */
  baseUrl: string;
}

export type Method = (args: Args, context: MethodContext) => ApiResult;

export const ok = (body: Record<string, unknown> = {}): ApiResult => ({ status: 200, body: { ok: true, ...body } });

export const fail = (error: string, extra: Record<string, unknown> = {}): ApiResult => ({
  status: 200,
  body: { ok: false, error, ...extra },
});

/** Slack's shape for validation failures: `errors` plus "[ERROR] …" lines in response_metadata.messages. */
export function invalid(error: string, problems: string[]): ApiResult {
  return fail(error, { errors: problems, response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } });
}

export const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
export const flag = (value: unknown): boolean => value === true || value === 'true' || value === '1' || value === 1;

/** Cursor pagination like Slack's: opaque cursors, `response_metadata.next_cursor` is '' on the last page. */
export function paginate<T>(items: T[], args: Args, key: string, extra: Record<string, unknown> = {}): ApiResult {
  const limit = Math.max(1, Math.min(1000, Number(args.limit) || 100));
  let start = 0;
  if (args.cursor) {
    const decoded = /^offset:(\d+)$/.exec(Buffer.from(str(args.cursor), 'base64').toString('utf8'));
    if (!decoded) return fail('invalid_cursor');
    start = Number(decoded[1]);
  }
  const end = start + limit;
  const next = end < items.length ? Buffer.from(`offset:${end}`).toString('base64') : '';
  return ok({ [key]: items.slice(start, end), ...extra, response_metadata: { next_cursor: next } });
}
