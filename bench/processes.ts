import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const BENCH_SIGNING_SECRET = 'bench-signing-secret';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = {
  app: join(ROOT, 'dist/main.js'),
  bare: join(ROOT, 'bench/fixtures/bare-bolt.mjs'),
} as const;
export type ServerKind = keyof typeof ENTRIES;
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ServerProcess {
  kind: ServerKind;
  url: string;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readyMs: number;
  /** Resolves once the app has logged that its privacy scanner (and names library) loaded; at once for bare Bolt. */
  deferredModulesReady: Promise<void>;
  child: ChildProcess;
  databasePath: string;
  rssMb(): number;
  /** User + system CPU the process has used so far, in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const SCANNER_READY = 'privacy scanner and due-date parser ready';

/** Resolves when the child logs a line containing `text`; keeps reading its output afterwards so it never blocks. */
function logLine(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let tail = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-4096);
      if (tail.includes(text)) resolve();
    });
    child.once('exit', () => reject(new Error(`the app exited before logging "${text}"`)));
  });
}

async function waitForHealth(url: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const deadline = performance.now() + deadlineMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before /healthz answered`);
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`no /healthz within ${deadlineMs} ms`);
}

/**
 * Starts the app (`dist/main.js`, as `npm start` runs it) or the bare Bolt fixture as a separate process in HTTP mode,
 * against the simulator, and times it to the first healthy /healthz. Each gets its own empty folder as working
 * directory (no stray .env) and its own database.
 */
export async function startServer(
  kind: ServerKind,
  options: {
    apiUrl: string;
    botToken: string;
    databasePath?: string;
    nodeArgs?: string[];
    env?: Record<string, string>;
  },
): Promise<ServerProcess> {
  const folder = mkdtempSync(join(tmpdir(), `coalition-bench-${kind}-`));
  const databasePath = options.databasePath ?? join(folder, 'coalition.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ENTRIES[kind]], {
    cwd: folder,
    stdio: ['ignore', kind === 'app' ? 'pipe' : 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: options.botToken,
      SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
      SLACK_API_URL: options.apiUrl,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
      ...options.env,
    },
  });
  const deferredModulesReady = kind === 'app' ? logLine(child, SCANNER_READY) : Promise.resolve();
  deferredModulesReady.catch(() => undefined);
  try {
    await waitForHealth(url, child, 15_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const readyMs = performance.now() - started;
  const pid = child.pid ?? 0;
  return {
    kind,
    url,
    readyMs,
    deferredModulesReady,
    child,
    databasePath,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    cpuMs: () => {
      // Fields after the command name: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          rmSync(folder, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
