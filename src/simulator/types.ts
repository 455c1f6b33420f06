import type { SimSurfaces } from './surfaces.js';

export interface SimUser {
  id: string;
  team_id: string;
  name: string;
  real_name?: string;
  tz?: string;
  tz_label?: string;
  /** Seconds east of UTC, like Slack's `tz_offset`. */
  tz_offset?: number;
  is_bot?: boolean;
  deleted?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  is_stranger?: boolean;
  profile?: { display_name?: string; real_name?: string; email?: string };
}

export interface SimulatorOptions {
  /** Default 'xoxb-sim-token'; any other bearer token gets `invalid_auth`. */
  botToken?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
  /** Default 'A0SIM': the api_app_id the driver sends and views carry. */
  appId?: string;
  /** Milliseconds clock: trigger expiry, response_url expiry, rate limits and message timestamps follow it. */
  now?: () => number;
  /** Simulate Slack's rate limits (per-method tiers, 1 message a second per channel, a workspace post cap). */
  enforceRateLimits?: boolean;
  /** Speeds the simulated limits up (60: "per minute" becomes "per second"), for benchmarks; default 1. */
  rateLimitScale?: number;
  /** The workspace-wide cap on chat.postMessage, which Slack does not publish (default DEFAULT_WORKSPACE_POSTS). */
  workspacePosts?: { perMinute: number; burst: number };
}

export interface SimChannelInput {
  id: string;
  name?: string;
  members?: string[];
  isExtShared?: boolean;
  isPrivate?: boolean;
  isArchived?: boolean;
  botIsMember?: boolean;
}

export interface SimChannelSnapshot {
  id: string;
  name: string;
  members: string[];
  isIm: boolean;
  isMpim: boolean;
  isPrivate: boolean;
  isExtShared: boolean;
  isArchived: boolean;
}

/** Where a response_url came from, so `replace_original` / `delete_original` can act on the original message. */
export interface ResponseUrlContext {
  channel?: string;
  messageTs?: string;
  user?: string;
}

export interface RecordedCall {
  /** The Web API method, or 'response_url' / 'file_upload' for posts to those simulator endpoints. */
  method: string;
  /** Parsed form or JSON body; blocks, view, metadata, files, attachments are JSON-parsed. */
  args: Record<string, unknown>;
  token: string | undefined;
  status: number;
  response: unknown;
  /** The simulator clock (ms) when the request arrived. */
  at: number;
  /** The call was carried out but its answer was dropped (a `dropAnswer` fault). */
  dropped?: boolean;
}

export type MessageKind = 'message' | 'ephemeral' | 'response_url';

export interface SimMessageVersion {
  text?: string;
  blocks?: unknown[];
  metadata?: unknown;
  at: number;
}

export interface SimMessage {
  kind: MessageKind;
  /** Channel id (DMs as D…); for response_url, the channel of the command/action when known, else ''. */
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  thread_ts?: string;
  metadata?: unknown;
  /** 'message': the bot user; 'ephemeral': the one recipient; 'response_url': who triggered it, when known. */
  user?: string;
  response_type?: string;
  replace_original?: boolean;
  delete_original?: boolean;
  response_url?: string;
  /** How many times chat.update / replace_original changed it; `history` holds the earlier versions. */
  edits: number;
  history: SimMessageVersion[];
  deleted?: boolean;
  reactions?: Array<{ name: string; users: string[] }>;
  /** A message a person posted (`user` is then theirs), not the bot. */
  fromPerson?: boolean;
}

export type ViewOperation = 'open' | 'push' | 'update' | 'publish';

/** One views.* call that succeeded (the log keeps every version, so the latest state of a view is the last entry). */
export interface SimView {
  id: string;
  user: string | undefined;
  view: Record<string, unknown> & { callback_id?: string; private_metadata?: string; blocks?: unknown[] };
  hash: string;
  kind: ViewOperation;
  root_view_id: string;
  previous_view_id: string | null;
}

export interface SimUpload {
  id: string;
  filename: string;
  title?: string;
  /** The uploaded bytes as UTF-8 text (the file part of a multipart upload, or the raw body). */
  content: string;
  /** The same bytes unchanged, for binary files such as charts. */
  data?: Buffer;
  bytes: number;
  channel_id?: string;
  thread_ts?: string;
  initial_comment?: string;
  completed: boolean;
}

export interface FaultRule {
  /** Which Web API method(s); omitted = all. */
  method?: string | RegExp;
  when?: (args: Record<string, unknown>) => boolean;
  /** Answer HTTP 200 {ok:false,error}. */
  error?: string;
  /** Answer with this HTTP status; 429 adds Retry-After and {ok:false,error:'ratelimited'}. */
  status?: number;
  retryAfterSeconds?: number;
  /** Apply to the next N matching calls, then stop. */
  times?: number;
  /** Apply to every Nth matching call (3 → calls 3, 6, 9…). */
  everyNth?: number;
  /** Apply with this probability, from a PRNG seeded with `seed` (default 42), so runs repeat. */
  probability?: number;
  seed?: number;
  /** Wait this long before answering (a normal answer unless error/status is set too). */
  delayMs?: number;
  /** "Posted then dropped": Slack does the work, then the connection closes before the answer reaches the app. */
  dropAnswer?: boolean;
  /** Slack does the work, then waits this long before answering (a crash can land between the two). */
  answerAfterMs?: number;
}

export type ApiResult = {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** The work was done but no answer is sent: the connection is closed instead. */
  dropAnswer?: boolean;
};

export interface SlackSimulator {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** `${url}/api/`: pass to Bolt as clientOptions.slackApiUrl. */
  readonly apiUrl: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly botToken: string;
  readonly appId: string;
  addUser(user: Partial<SimUser> & { id: string }): SimUser;
  updateUser(id: string, patch: Partial<SimUser>): SimUser;
  /** Read access for setup code and the driver (copies; change things through the methods below). */
  user(id: string): SimUser | undefined;
  channel(id: string): SimChannelSnapshot | undefined;
  addChannel(channel: SimChannelInput): void;
  addChannelMember(channelId: string, userId: string): void;
  removeChannelMember(channelId: string, userId: string): void;
  /** A trigger usable once within 3 s of issue (by the `now` clock); views.open/push record `userId` as the user. */
  issueTriggerId(userId?: string): string;
  /** `${url}/response/<n>`; with a context, replace_original / delete_original act on that message. */
  newResponseUrl(context?: ResponseUrlContext): string;
  calls(method?: string): RecordedCall[];
  messages(filter?: { channel?: string; kind?: MessageKind }): SimMessage[];
  views(): SimView[];
  uploads(): SimUpload[];
  injectFault(rule: FaultRule): void;
  clearFaults(): void;
  /** A Slack client's side of things: modal stacks, Home tabs, posting and reacting as a person. */
  readonly surfaces: SimSurfaces;
  /** Forgets calls, messages, views, uploads, triggers and rate-limit buckets; keeps users, channels and faults. */
  reset(): void;
  close(): Promise<void>;
}
