import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFaultInjector } from './faults.js';
import { messageProblems } from './limits.js';
import { createMethods } from './methods.js';
import { createRateLimiter } from './rate-limits.js';
import { createSimState } from './state.js';
import type {
  ApiResult,
  FaultRule,
  MessageKind,
  RecordedCall,
  SimMessage,
  SimUpload,
  SimUser,
  SimulatorOptions,
  SimView,
} from './types.js';

const JSON_FIELDS = ['blocks', 'view', 'metadata', 'attachments', 'files'];

export interface SlackSimulator {
  readonly url: string;
  readonly apiUrl: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly botToken: string;
  addUser(user: Partial<SimUser> & { id: string }): SimUser;
  updateUser(id: string, patch: Partial<SimUser>): SimUser;
  addChannel(channel: {
    id: string;
    name?: string;
    members?: string[];
    isExtShared?: boolean;
    isPrivate?: boolean;
    botIsMember?: boolean;
  }): void;
  addChannelMember(channelId: string, userId: string): void;
  removeChannelMember(channelId: string, userId: string): void;
  issueTriggerId(userId?: string): string;
  newResponseUrl(): string;
  calls(method?: string): RecordedCall[];
  messages(filter?: { channel?: string; kind?: MessageKind }): SimMessage[];
  views(): SimView[];
  uploads(): SimUpload[];
  injectFault(rule: FaultRule): void;
  clearFaults(): void;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(body: Buffer, contentType: string): Record<string, unknown> {
  const raw = body.toString('utf8');
  if (contentType.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const field of JSON_FIELDS) {
    if (typeof args[field] === 'string') {
      try {
        args[field] = JSON.parse(args[field] as string);
      } catch {
        // Slack would reject it later as invalid; keep the raw string so the method can say so.
      }
    }
  }
  return args;
}

function send(res: ServerResponse, result: ApiResult): void {
  res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', ...result.headers });
  res.end(JSON.stringify(result.body));
}

/** Starts a local Slack: the Web API subset the app uses, response_url and file upload endpoints. */
export async function startSlackSimulator(options: SimulatorOptions = {}): Promise<SlackSimulator> {
  const now = options.now ?? Date.now;
  const identity = {
    teamId: options.teamId ?? 'T0SIM',
    botUserId: options.botUserId ?? 'U0BOT',
    botId: options.botId ?? 'B0BOT',
    now,
  };
  const botToken = options.botToken ?? 'xoxb-sim-token';
  const state = createSimState({ teamId: identity.teamId, botUserId: identity.botUserId, now });
  const methods = createMethods(state, identity);
  const faults = createFaultInjector();
  const limiter = createRateLimiter(now, options.rateLimitScale ?? 1);
  const calls: RecordedCall[] = [];
  const responseUrls = new Set<string>();
  let url = '';

  async function handleApi(method: string, req: IncomingMessage, body: Buffer): Promise<ApiResult> {
    const args = parseArgs(body, req.headers['content-type'] ?? '');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
    const result = await resolve(method, args, token);
    calls.push({ method, args, token, status: result.status, response: result.body, at: now() });
    return result;
  }

  async function resolve(method: string, args: Record<string, unknown>, token: string | undefined): Promise<ApiResult> {
    const fault = faults.pick(method, args);
    if (fault?.delayMs) await new Promise((done) => setTimeout(done, fault.delayMs));
    if (fault?.result) return fault.result;
    const implementation = methods[method];
    if (!implementation) return { status: 200, body: { ok: false, error: 'unknown_method' } };
    if (token !== botToken) return { status: 200, body: { ok: false, error: token ? 'invalid_auth' : 'not_authed' } };
    if (options.enforceRateLimits) {
      const retryAfter = limiter.retryAfter(method, args);
      if (retryAfter > 0)
        return {
          status: 429,
          body: { ok: false, error: 'ratelimited' },
          headers: { 'retry-after': String(retryAfter) },
        };
    }
    return implementation(args, { token, url });
  }

  function handleResponseUrl(path: string, body: Buffer): ApiResult {
    if (!responseUrls.has(path)) return { status: 404, body: { ok: false, error: 'no_such_response_url' } };
    const payload = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
    if (messageProblems(payload.blocks).length > 0)
      return { status: 400, body: { ok: false, error: 'invalid_blocks' } };
    state.messages.push({
      kind: 'response_url',
      channel: path,
      ts: state.nextTs(),
      text: payload.text as string,
      blocks: payload.blocks as unknown[],
      response_type: (payload.response_type as string) ?? 'ephemeral',
      replace_original: payload.replace_original as boolean,
      edits: 0,
    });
    return { status: 200, body: { ok: true } };
  }

  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://sim').pathname;
      if (path.startsWith('/api/')) return send(res, await handleApi(path.slice(5), req, body));
      if (path.startsWith('/response/')) return send(res, handleResponseUrl(path, body));
      if (path.startsWith('/upload/')) {
        const upload = state.uploads.find((u) => u.fileId === path.slice('/upload/'.length));
        if (upload) upload.content = body.toString('utf8');
        return send(res, upload ? { status: 200, body: { ok: true } } : { status: 404, body: { ok: false } });
      }
      send(res, { status: 404, body: { ok: false, error: 'not_found' } });
    } catch (error) {
      send(res, { status: 500, body: { ok: false, error: 'simulator_error', detail: (error as Error).message } });
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responseCount = 0;

  const simulator: SlackSimulator = {
    url,
    apiUrl: `${url}/api/`,
    teamId: identity.teamId,
    botUserId: identity.botUserId,
    botId: identity.botId,
    botToken,
    addUser(user) {
      const full: SimUser = {
        team_id: identity.teamId,
        name: user.id.toLowerCase(),
        tz: 'Europe/London',
        tz_label: 'Greenwich Mean Time',
        tz_offset: 0,
        deleted: false,
        is_bot: false,
        ...user,
      };
      full.profile = {
        display_name: full.real_name ?? full.name,
        real_name: full.real_name ?? full.name,
        ...user.profile,
      };
      state.users.set(full.id, full);
      return full;
    },
    updateUser(id, patch) {
      const user = state.users.get(id);
      if (!user) throw new Error(`no simulated user ${id}`);
      Object.assign(user, patch);
      return user;
    },
    addChannel(channel) {
      const members = new Set(channel.members ?? []);
      if (channel.botIsMember) members.add(identity.botUserId);
      state.channels.set(channel.id, {
        id: channel.id,
        name: channel.name ?? channel.id.toLowerCase(),
        members,
        isIm: false,
        isPrivate: channel.isPrivate ?? false,
        isExtShared: channel.isExtShared ?? false,
      });
    },
    addChannelMember: (channelId, userId) => void state.channels.get(channelId)?.members.add(userId),
    removeChannelMember: (channelId, userId) => void state.channels.get(channelId)?.members.delete(userId),
    issueTriggerId() {
      const id = `${Math.floor(now() / 1000)}.${state.nextId('')}.trigger`;
      state.triggers.set(id, { issuedAt: now(), used: false });
      return id;
    },
    newResponseUrl() {
      responseCount += 1;
      const path = `/response/${responseCount}`;
      responseUrls.add(path);
      return `${url}${path}`;
    },
    calls: (method) => (method ? calls.filter((call) => call.method === method) : [...calls]),
    messages: (filter = {}) =>
      state.messages.filter(
        (m) => (!filter.kind || m.kind === filter.kind) && (!filter.channel || m.channel === filter.channel),
      ),
    views: () => [...state.views],
    uploads: () => [...state.uploads],
    injectFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    reset() {
      calls.length = 0;
      state.reset();
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
  return simulator;
}
