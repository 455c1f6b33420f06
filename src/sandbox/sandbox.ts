import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ZodError } from 'zod';
import type { SandboxConfig } from '../config.js';
import type { AppLogger } from '../logger.js';
import { appHtml, pageHtml, type Tab } from './page.js';
import { handle, REQUESTS, type RequestName } from './routes.js';
import { type Session, startSession } from './session.js';
import type { CreateApp } from './world.js';

// The sandbox's web server: the page, its script and styles, and the requests the page makes. Loopback only.

const LIVE_HEARTBEAT_MS = 60_000;
const MAX_BODY_BYTES = 1_000_000;
const ASSETS: Record<string, string> = { '/sandbox.js': 'text/javascript', '/sandbox.css': 'text/css' };

export interface Sandbox {
  url: string;
  close(): Promise<void>;
}

function readAsset(path: string): string {
  return readFileSync(new URL(`./public${path}`, import.meta.url), 'utf8');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

const tabOf = (value: string | null): Tab => (value === 'dm' || value === 'home' ? value : 'channel');

export async function startSandbox(options: {
  config: SandboxConfig;
  createApp: CreateApp;
  logger: AppLogger;
}): Promise<Sandbox> {
  let session: Session = await startSession(options);
  let queue: Promise<unknown> = Promise.resolve();
  // One thing at a time: a click, a clock step and the live heartbeat never interleave.
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const live = setInterval(() => {
    void exclusive(async () => {
      await session.world.app.tick(session.world.clock.now());
      await session.world.settle();
    }).catch((error: unknown) => options.logger.warn({ err: String(error) }, 'sandbox heartbeat failed'));
  }, LIVE_HEARTBEAT_MS);

  async function page(url: URL, res: ServerResponse, fragment: boolean): Promise<void> {
    const tab = tabOf(url.searchParams.get('tab'));
    const viewer = url.searchParams.get('as') ?? undefined;
    const model = await exclusive(async () => {
      const chosen = session.model(viewer, tab);
      // Opening the Home tab is what makes Slack send app_home_opened; the page's own refreshes do not open it.
      if (tab === 'home' && !fragment) await session.actions.openHome(chosen.viewer.id);
      return session.model(viewer, tab);
    });
    send(res, 200, 'text/html', fragment ? appHtml(model) : pageHtml(model));
  }

  async function api(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    if (name === 'reset') {
      await exclusive(async () => {
        await session.close();
        session = await startSession(options);
      });
      return send(res, 200, 'application/json', JSON.stringify({ ok: true }));
    }
    if (!(name in REQUESTS)) return send(res, 404, 'application/json', '{"ok":false}');
    const viewer = (body as { as?: string }).as ?? '';
    const notice = await exclusive(() => handle(session, name as RequestName, body));
    session.notices.set(viewer, notice);
    send(res, 200, 'application/json', JSON.stringify({ ok: true, notice }));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    // Loopback only, and only under a loopback name: a web page elsewhere cannot reach it by rebinding DNS.
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? ''))
      return send(res, 403, 'text/plain', 'Forbidden');
    const route = async () => {
      if (req.method === 'GET' && url.pathname === '/')
        return page(url, res, req.headers['x-sandbox-fragment'] === '1');
      if (req.method === 'GET' && ASSETS[url.pathname])
        return send(res, 200, ASSETS[url.pathname] ?? 'text/plain', readAsset(url.pathname));
      if (req.method === 'GET' && url.pathname === '/api/version')
        return send(res, 200, 'application/json', JSON.stringify({ version: version(session) }));
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) return api(url.pathname.slice(5), req, res);
      send(res, 404, 'text/plain', 'Not found');
    };
    route().catch((error: unknown) => {
      const status = error instanceof ZodError || error instanceof SyntaxError ? 400 : 500;
      if (status === 500) options.logger.error({ err: String(error) }, 'sandbox request failed');
      send(
        res,
        status,
        'application/json',
        JSON.stringify({ ok: false, problem: status === 400 ? 'Bad request' : 'Something went wrong' }),
      );
    });
  });
  await new Promise<void>((ready) => server.listen(options.config.port, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      clearInterval(live);
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await exclusive(() => session.close());
    },
  };
}

/** Changes whenever anything visible may have: the page polls it to refresh on its own. */
function version(session: Session): string {
  const { sim, clock } = session.world;
  const reactions = sim
    .messages()
    .reduce(
      (sum, message) => sum + message.edits + (message.reactions ?? []).reduce((n, r) => n + r.users.length, 0),
      0,
    );
  return `${sim.messages().length}.${sim.views().length}.${reactions}.${Math.floor(clock.now().getTime() / 60_000)}`;
}
