/** Slack's Web API tiers in calls per minute (docs.slack.dev/apis/web-api/rate-limits; slack-platform.md §3). */
export const TIER_PER_MINUTE = { 1: 1, 2: 20, 3: 50, 4: 100 } as const;
export type RateTier = keyof typeof TIER_PER_MINUTE;

/** Per-method tiers from Slack's method docs. chat.postMessage and auth.test are "special" (see below). */
export const METHOD_TIERS: Readonly<Record<string, RateTier>> = {
  'chat.postEphemeral': 4,
  'chat.update': 3,
  'chat.delete': 3,
  'conversations.open': 3,
  'conversations.members': 4,
  'conversations.info': 3,
  'conversations.join': 3,
  'conversations.history': 3,
  'conversations.replies': 3,
  'views.open': 4,
  'views.push': 4,
  'views.update': 4,
  'views.publish': 4,
  'users.info': 4,
  'users.list': 2,
  'reactions.add': 3,
  'reactions.remove': 3,
  'files.getUploadURLExternal': 4,
  'files.completeUploadExternal': 4,
};

/** chat.postMessage: about one message a second per channel, with short bursts allowed. */
export const POST_MESSAGE_PER_SECOND = 1;
export const POST_MESSAGE_BURST = 3;

/**
 * Slack also caps posts per workspace but does not publish the figure. The default here is an assumption, on the
 * generous side of what apps report (a few hundred a minute): set `workspacePosts` to model another.
 */
export const DEFAULT_WORKSPACE_POSTS: WorkspacePostLimit = { perMinute: 600, burst: 100 };

export interface WorkspacePostLimit {
  perMinute: number;
  burst: number;
}

export interface RateLimitModel {
  /** Speeds every rate up (60: "per minute" becomes "per second"), for benchmarks; default 1. */
  scale?: number;
  workspacePosts?: WorkspacePostLimit;
}

/** How a method is limited: a bucket of `burst` calls refilled at `perSecond`, keyed per method or per channel. */
export interface RateRule {
  burst: number;
  perSecond: number;
  perChannel: boolean;
}

/**
 * Token buckets. A tier's bucket holds one minute's worth of calls and refills continuously: Slack documents the
 * per-minute rate and "short bursts", not a burst size, so a full minute's worth is the generous reading.
 */
export function rateRuleFor(method: string): RateRule | undefined {
  if (method === 'chat.postMessage')
    return { burst: POST_MESSAGE_BURST, perSecond: POST_MESSAGE_PER_SECOND, perChannel: true };
  const tier = METHOD_TIERS[method];
  if (!tier) return undefined;
  const perMinute = TIER_PER_MINUTE[tier];
  return { burst: perMinute, perSecond: perMinute / 60, perChannel: false };
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

interface Limit {
  key: string;
  burst: number;
  perSecond: number;
}

/** Every bucket a call draws from: its method's (or its channel's), and for posts the workspace's too. */
function limitsFor(method: string, args: Record<string, unknown>, workspacePosts: WorkspacePostLimit): Limit[] {
  const rule = rateRuleFor(method);
  if (!rule) return [];
  const own = { key: rule.perChannel ? `${method}:${String(args.channel)}` : method, ...rule };
  if (method !== 'chat.postMessage') return [own];
  return [own, { key: 'workspace:posts', burst: workspacePosts.burst, perSecond: workspacePosts.perMinute / 60 }];
}

/**
 * Decides per call whether it may go now or how many whole seconds to wait (Retry-After). Retry-After is always a
 * whole number of seconds, at least 1, as Slack sends it: a sped-up bucket refills many calls' worth during that
 * second, so throughput still tracks the scaled limit, and the client is never told to hammer the API with "retry
 * now". A refused call takes nothing from any bucket.
 */
export function createRateLimiter(now: () => number, model: RateLimitModel | number = {}) {
  const { scale = 1, workspacePosts = DEFAULT_WORKSPACE_POSTS } = typeof model === 'number' ? { scale: model } : model;
  const buckets = new Map<string, Bucket>();

  function refill(limit: Limit, at: number): Bucket {
    const bucket = buckets.get(limit.key) ?? { tokens: limit.burst, updatedAt: at };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((at - bucket.updatedAt) / 1000) * limit.perSecond * scale);
    bucket.updatedAt = at;
    buckets.set(limit.key, bucket);
    return bucket;
  }

  return {
    /** undefined when the call may go now, else the Retry-After seconds. */
    retryAfter(method: string, args: Record<string, unknown>): number | undefined {
      const at = now();
      const limits = limitsFor(method, args, workspacePosts);
      const filled = limits.map((limit) => ({ limit, bucket: refill(limit, at) }));
      const waits = filled
        .filter(({ bucket }) => bucket.tokens < 1)
        .map(({ limit, bucket }) => (1 - bucket.tokens) / (limit.perSecond * scale));
      if (waits.length > 0) return Math.max(1, Math.ceil(Math.max(...waits)));
      for (const { bucket } of filled) bucket.tokens -= 1;
      return undefined;
    },
    reset: () => buckets.clear(),
  };
}

/**
 * The least time (seconds) Slack's limits allow for these calls, in any order, starting with full buckets: each
 * bucket needs (calls beyond its burst) / its rate, and buckets drain in parallel, so the slowest one decides.
 */
export function leastSecondsFor(
  calls: Array<{ method: string; args: Record<string, unknown> }>,
  model: RateLimitModel = {},
): number {
  const { scale = 1, workspacePosts = DEFAULT_WORKSPACE_POSTS } = model;
  const counts = new Map<string, { limit: Limit; count: number }>();
  for (const call of calls)
    for (const limit of limitsFor(call.method, call.args, workspacePosts)) {
      const entry = counts.get(limit.key) ?? { limit, count: 0 };
      entry.count += 1;
      counts.set(limit.key, entry);
    }
  const seconds = [...counts.values()].map(
    ({ limit, count }) => Math.max(0, count - limit.burst) / (limit.perSecond * scale),
  );
  return Math.max(0, ...seconds);
}

/** leastSecondsFor `count` calls of one method, to distinct channels unless `distinctChannels` is false. */
export function minimumSecondsFor(
  method: string,
  count: number,
  options: RateLimitModel & { distinctChannels?: boolean } = {},
): number {
  const distinct = options.distinctChannels ?? true;
  const calls = Array.from({ length: count }, (_, index) => ({
    method,
    args: { channel: distinct ? `C${index}` : 'C0' },
  }));
  return leastSecondsFor(calls, options);
}
