/** Per-method tiers from Slack's method docs (shared/research/slack-platform.md §3), in calls per minute. */
export const TIER_PER_MINUTE = { 1: 1, 2: 20, 3: 50, 4: 100 } as const;

export const METHOD_TIERS: Record<string, keyof typeof TIER_PER_MINUTE> = {
  'chat.postEphemeral': 4,
  'chat.update': 3,
  'chat.delete': 3,
  'conversations.open': 3,
  'conversations.members': 4,
  'conversations.info': 3,
  'conversations.join': 3,
  'conversations.history': 3,
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

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token buckets: a tier's bucket holds a minute's worth of calls and refills continuously, which is how Slack
 * describes its limits ("short bursts allowed"). Returns the seconds to wait, or 0 when the call may go.
 */
export function createRateLimiter(now: () => number, scale = 1) {
  const buckets = new Map<string, Bucket>();

  function take(key: string, capacity: number, perMs: number): number {
    const at = now();
    const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: at };
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  return {
    retryAfter(method: string, args: Record<string, unknown>): number {
      if (method === 'chat.postMessage') {
        return take(`post:${String(args.channel)}`, POST_MESSAGE_BURST, (POST_MESSAGE_PER_SECOND * scale) / 1000);
      }
      const tier = METHOD_TIERS[method];
      if (!tier) return 0;
      const perMinute = TIER_PER_MINUTE[tier];
      return take(`tier:${method}`, perMinute, (perMinute * scale) / 60_000);
    },
  };
}

/** The least time Slack's limits allow for `count` calls of one method (e.g. one DM each to `count` people). */
export function minimumSecondsFor(
  method: string,
  count: number,
  options: { distinctChannels?: boolean; scale?: number } = {},
): number {
  const scale = options.scale ?? 1;
  if (method === 'chat.postMessage' && (options.distinctChannels ?? true)) return 0;
  if (method === 'chat.postMessage') return Math.max(0, count - POST_MESSAGE_BURST) / (POST_MESSAGE_PER_SECOND * scale);
  const tier = METHOD_TIERS[method];
  if (!tier) return 0;
  const perMinute = TIER_PER_MINUTE[tier];
  return (Math.max(0, count - perMinute) / (perMinute * scale)) * 60;
}
