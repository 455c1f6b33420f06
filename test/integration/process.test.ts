import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackSimulator, startSlackSimulator } from '../../src/simulator/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
let sim: SlackSimulator;
let folder: string;

interface Started {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
  stderr: string[];
  exited: Promise<number | null>;
}

function startMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<Record<string, unknown>> = [];
  const stderr: string[] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, lines, stderr, exited };
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((done) => setTimeout(done, 25));
  }
}

beforeAll(async () => {
  sim = await startSlackSimulator();
  folder = mkdtempSync(join(tmpdir(), 'coalition-main-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the process', () => {
  it('refuses bad configuration with one readable message and exit code 1', async () => {
    const started = startMain({ SLACK_BOT_TOKEN: 'not-a-token', PORT: 'eighty' });
    expect(await started.exited).toBe(1);
    const message = started.stderr.join('');
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).toContain('PORT');
    expect(message).toContain('SLACK_SIGNING_SECRET');
    expect(message).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);

  it('starts against the simulator, answers /healthz, migrates once, and stops cleanly on SIGTERM', async () => {
    const env = {
      SLACK_BOT_TOKEN: sim.botToken,
      SLACK_SIGNING_SECRET: 'process-test-secret',
      SLACK_API_URL: sim.apiUrl,
      PORT: '0',
      DATABASE_PATH: join(folder, 'db', 'coalition.db'),
      LOG_LEVEL: 'info',
    };
    const journal = JSON.parse(readFileSync(join(ROOT, 'migrations/meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    for (const expectedMigrations of [journal.entries.length, 0]) {
      const started = startMain(env);
      const running = await waitFor(() => started.lines.find((line) => line.msg === 'Coalition Check-ins is running'));
      const ready = started.lines.find((line) => line.msg === 'database ready');
      expect(ready?.appliedMigrations).toBe(expectedMigrations);
      const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ db: 'ok' });
      const stoppingAt = Date.now();
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
      expect(Date.now() - stoppingAt).toBeLessThan(10_000);
      expect(started.lines.some((line) => line.msg === 'stopped')).toBe(true);
    }
  }, 60_000);
});
