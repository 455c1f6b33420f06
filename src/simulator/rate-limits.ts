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

/**
 * Decides per call whether it may go now or how many whole seconds to wait (Retry-After). `scale` speeds every
 * rate up (60: "per minute" becomes "per second"). Retry-After is always a whole number of seconds, at least 1,
 * as Slack sends it: a sped-up bucket refills many calls' worth during that second, so throughput still tracks
 * the scaled limit, and the client is never told to hammer the API with "retry now".
 */
export function createRateLimiter(now: () => number, scale = 1) {
  const buckets = new Map<string, Bucket>();

  function take(key: string, { burst, perSecond }: RateRule): number | undefined {
    const rule = { burst, perSecond: perSecond * scale };
    const at = now();
    const bucket = buckets.get(key) ?? { tokens: rule.burst, updatedAt: at };
    bucket.tokens = Math.min(rule.burst, bucket.tokens + ((at - bucket.updatedAt) / 1000) * rule.perSecond);
    bucket.updatedAt = at;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return undefined;
    }
    const seconds = (1 - bucket.tokens) / rule.perSecond;
    // Slack always sends a whole number of seconds, at least 1, even when the simulation runs faster.
    return Math.max(1, Math.ceil(seconds));
  }

  return {
    /** undefined when the call may go now, else the Retry-After seconds. */
    retryAfter(method: string, args: Record<string, unknown>): number | undefined {
      const rule = rateRuleFor(method);
      if (!rule) return undefined;
      return take(rule.perChannel ? `${method}:${String(args.channel)}` : method, rule);
    },
    reset: () => buckets.clear(),
  };
}

/**
 * The least time (seconds) Slack's limits allow for `count` calls of one method, starting with a full bucket, at
 * the simulator's `scale`. chat.postMessage to distinct channels is only bound by Slack's unpublished workspace cap,
 * so it counts as 0 unless `distinctChannels` is false (all to one channel).
 */
export function minimumSecondsFor(
  method: string,
  count: number,
  options: { scale?: number; distinctChannels?: boolean } = {},
): number {
  const rule = rateRuleFor(method);
  if (!rule || (rule.perChannel && (options.distinctChannels ?? true))) return 0;
  return Math.max(0, count - rule.burst) / (rule.perSecond * (options.scale ?? 1));
}
