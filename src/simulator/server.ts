import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiHandler } from './api.js';
import { createFaultInjector } from './faults.js';
import { parseApiArgs, readBody, sendJson, sendText, uploadedBytes } from './http.js';
import { createRateLimiter } from './rate-limits.js';
import { createResponseUrls } from './response-urls.js';
import { createSimState, type SimState } from './state.js';
import { createSurfaces } from './surfaces.js';
import type { RecordedCall, SimChannelInput, SimulatorOptions, SlackSimulator } from './types.js';
import { buildSimUser, patchSimUser } from './users.js';

type Recorder = (call: Omit<RecordedCall, 'at'>) => void;

function tokenOf(req: IncomingMessage, args: Record<string, unknown>): string | undefined {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  return bearer ?? (typeof args.token === 'string' ? args.token : undefined);
}

function argsOf(req: IncomingMessage, body: Buffer): Record<string, unknown> | undefined {
  try {
    if (req.method === 'GET') return Object.fromEntries(new URL(req.url ?? '/', 'http://sim').searchParams);
    return parseApiArgs(body, req.headers['content-type'] ?? '');
  } catch {
    return undefined;
  }
}

function handleUpload(
  state: SimState,
  id: string,
  req: IncomingMessage,
  body: Buffer,
  res: ServerResponse,
  record: Recorder,
) {
  const upload = state.uploads.find((candidate) => candidate.id === id);
  const status = upload ? 200 : 404;
  if (upload) {
    const bytes = uploadedBytes(body, req.headers['content-type'] ?? '');
    Object.assign(upload, { content: bytes.toString('utf8'), data: bytes, bytes: bytes.length });
  }
  const text = upload ? `OK - ${upload.bytes}` : 'file_not_found';
  record({ method: 'file_upload', args: { file_id: id }, token: undefined, status, response: text });
  sendText(res, status, text);
}

/** Starts a local Slack: the Web API subset the app uses, plus response_url and file upload endpoints. */
export async function startSlackSimulator(options: SimulatorOptions = {}): Promise<SlackSimulator> {
  const now = options.now ?? Date.now;
  const identity = {
    teamId: options.teamId ?? 'T0SIM',
    botUserId: options.botUserId ?? 'U0BOT',
    botId: options.botId ?? 'B0BOT',
    appId: options.appId ?? 'A0SIM',
    now,
  };
  const botToken = options.botToken ?? 'xoxb-sim-token';
  const state = createSimState({ teamId: identity.teamId, botUserId: identity.botUserId, now });
  const faults = createFaultInjector();
  const limiter = createRateLimiter(now, {
    ...(options.rateLimitScale ? { scale: options.rateLimitScale } : {}),
    ...(options.workspacePosts ? { workspacePosts: options.workspacePosts } : {}),
  });
  const responseUrls = createResponseUrls(state, now);
  const calls: RecordedCall[] = [];
  const record: Recorder = (call) => calls.push({ ...call, at: now() });
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const handleApi = createApiHandler({
    context: { state, identity, baseUrl: url },
    botToken,
    faults,
    limiter: options.enforceRateLimits ? limiter : undefined,
  });

  server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://sim').pathname;
      if (path.startsWith('/api/')) {
        const method = path.slice('/api/'.length);
        const args = argsOf(req, body);
        if (!args) return sendJson(res, { status: 200, body: { ok: false, error: 'invalid_form_data' } });
        const token = tokenOf(req, args);
        const result = await handleApi(method, args, token);
        record({
          method,
          args,
          token,
          status: result.status,
          response: result.body,
          ...(result.dropAnswer ? { dropped: true } : {}),
        });
        if (result.dropAnswer) return void res.destroy();
        return sendJson(res, result);
      }
      if (path.startsWith('/response/')) {
        const answer = responseUrls.handle(path, body);
        record({
          method: 'response_url',
          args: answer.payload,
          token: undefined,
          status: answer.status,
          response: answer.text,
        });
        return sendText(res, answer.status, answer.text);
      }
      if (path.startsWith('/upload/'))
        return handleUpload(state, path.slice('/upload/'.length), req, body, res, record);
      sendJson(res, { status: 404, body: { ok: false, error: 'not_found' } });
    } catch (error) {
      sendJson(res, { status: 500, body: { ok: false, error: 'internal_error', detail: (error as Error).message } });
    }
  });

  const channelOrThrow = (id: string) => {
    const channel = state.channels.get(id);
    if (!channel) throw new Error(`no simulated channel ${id}`);
    return channel;
  };
  let responseCount = 0;
  const addUser: SlackSimulator['addUser'] = (user) => {
    const full = buildSimUser(user, identity.teamId, now());
    state.users.set(full.id, full);
    return full;
  };
  addUser({ id: identity.botUserId, name: 'coalition', real_name: 'Coalition', is_bot: true });
  addUser({ id: 'USLACKBOT', name: 'slackbot', real_name: 'Slackbot' }); // Slack lists it, and not as a bot

  return {
    url,
    apiUrl: `${url}/api/`,
    teamId: identity.teamId,
    botUserId: identity.botUserId,
    botId: identity.botId,
    appId: identity.appId,
    botToken,
    user(id) {
      const user = state.users.get(id);
      return user && { ...user, profile: { ...user.profile } };
    },
    channel(id) {
      const channel = state.channels.get(id);
      return channel && { ...channel, members: [...channel.members] };
    },
    addUser,
    updateUser(id, patch) {
      const user = state.users.get(id);
      if (!user) throw new Error(`no simulated user ${id}`);
      return patchSimUser(user, patch, now());
    },
    addChannel(channel: SimChannelInput) {
      const members = new Set(channel.members ?? []);
      if (channel.botIsMember) members.add(identity.botUserId);
      const { id, name, isPrivate = false, isExtShared = false, isArchived = false } = channel;
      state.addConversation({ id, members, isPrivate, isExtShared, isArchived, ...(name ? { name } : {}) });
    },
    addChannelMember: (channelId, userId) => void channelOrThrow(channelId).members.add(userId),
    removeChannelMember: (channelId, userId) => void channelOrThrow(channelId).members.delete(userId),
    issueTriggerId(userId) {
      const id = `${Math.floor(now() / 1000)}.${state.nextId('')}.${Math.random().toString(16).slice(2, 10)}`;
      state.triggers.set(id, { issuedAt: now(), user: userId, used: false });
      return id;
    },
    newResponseUrl(context) {
      responseCount += 1;
      return responseUrls.issue(`${url}/response/${responseCount}`, context);
    },
    calls: (method) => calls.filter((call) => !method || call.method === method),
    messages: (filter = {}) =>
      state.messages.filter(
        (m) => (!filter.kind || m.kind === filter.kind) && (!filter.channel || m.channel === filter.channel),
      ),
    views: () => [...state.views],
    uploads: () => [...state.uploads],
    surfaces: createSurfaces(state, now),
    injectFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    reset() {
      calls.length = 0;
      state.reset();
      limiter.reset();
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
