export interface SimUser {
  id: string;
  team_id: string;
  name: string;
  real_name?: string;
  tz?: string;
  tz_label?: string;
  tz_offset?: number;
  is_bot?: boolean;
  deleted?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  is_stranger?: boolean;
  profile?: { display_name?: string; real_name?: string; email?: string };
}

export interface SimulatorOptions {
  botToken?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
  /** Milliseconds clock: trigger expiry and message timestamps follow it. */
  now?: () => number;
  /** Simulate Slack's documented rate limits (per-method tiers, 1 message a second per channel). */
  enforceRateLimits?: boolean;
  /** Multiplies every simulated rate (benchmarks: 60 turns "per minute" into "per second"). Default 1. */
  rateLimitScale?: number;
}

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  status: number;
  response: unknown;
  at: number;
}

export type MessageKind = 'message' | 'ephemeral' | 'response_url';

export interface SimMessage {
  kind: MessageKind;
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  thread_ts?: string;
  metadata?: unknown;
  user?: string;
  response_type?: string;
  replace_original?: boolean;
  edits: number;
}

export interface SimView {
  id: string;
  user: string | undefined;
  view: Record<string, unknown> & { callback_id?: string; private_metadata?: string; blocks?: unknown[] };
  kind: 'open' | 'push' | 'update' | 'publish';
}

export interface SimUpload {
  fileId: string;
  filename: string;
  title?: string;
  content: string;
  channelId?: string;
}

export interface FaultRule {
  method?: string | RegExp;
  when?: (args: Record<string, unknown>) => boolean;
  error?: string;
  status?: number;
  retryAfterSeconds?: number;
  times?: number;
  everyNth?: number;
  probability?: number;
  seed?: number;
  /** Wait this long before answering (an otherwise normal answer unless error/status is set too). */
  delayMs?: number;
}

export type ApiResult = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };
