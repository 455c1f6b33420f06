import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` as a new user runs it: no tokens, no .env. The real entry point, as a real process.
const ROOT = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'coalition-sandbox-start-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('npm start with no Slack token', () => {
  it('serves the local sandbox on loopback, on its own database, and says so', async () => {
    const database = join(folder, 'data', 'sandbox.db');
    const started = startMain({ PORT: '0', SANDBOX_DATABASE_PATH: database, DATABASE_PATH: join(folder, 'prod.db') });
    try {
      const deadline = Date.now() + 90_000;
      while (!/Open http/.test(started.out()) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 50));
      expect(started.out()).toMatch(/local sandbox/);
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(started.out())?.[1] ?? '';
      expect(url).not.toBe('');
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Northfield Children’s Safeguarding Coalition');
      expect(html).toContain('aria-label="Message #northfield-coalition"');
      expect(existsSync(database)).toBe(true);
      expect(existsSync(join(folder, 'prod.db'))).toBe(false);
    } finally {
      started.child.kill('SIGTERM');
      await started.exited;
    }
  }, 120_000);

  it('keeps the configuration error in production', async () => {
    const started = startMain({ NODE_ENV: 'production', DATABASE_PATH: join(folder, 'prod.db') });
    expect(await started.exited).toBe(1);
    expect(started.err()).toMatch(/Configuration is not valid[\s\S]*SLACK_BOT_TOKEN/);
    expect(started.out()).not.toMatch(/sandbox/);
  }, 30_000);
});
