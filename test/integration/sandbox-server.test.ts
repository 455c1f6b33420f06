import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/sandbox.js';
import { sandboxTestConfig } from '../helpers/sandbox-config.js';

// The sandbox's own requests, without a browser: what the page's script sends, and what it gets back.
let sandbox: Sandbox;
const folder = mkdtempSync(join(tmpdir(), 'coalition-sandbox-server-'));

beforeAll(async () => {
  sandbox = await startSandbox({
    config: sandboxTestConfig(join(folder, 'sandbox.db')),
    createApp,
    logger: createLogger('silent'),
  });
}, 120_000);
afterAll(async () => {
  await sandbox?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function api(path: string, body: unknown): Promise<{ status: number; json: { notice?: string[] } }> {
  const response = await fetch(new URL(`/api/${path}`, sandbox.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { notice?: string[] } };
}

const page = async (query: string) => (await fetch(new URL(`/?${query}`, sandbox.url))).text();

describe('the sandbox server', () => {
  it('answers only under a loopback name', async () => {
    const status = await new Promise<number>((done, fail) => {
      const url = new URL(sandbox.url);
      request({ host: url.hostname, port: url.port, path: '/', headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      })
        .on('error', fail)
        .end();
    });
    expect(status).toBe(403);
  });

  it('runs a slash command as the chosen person and shows its answer to them only', async () => {
    const sent = await api('command', { as: 'U0TOM', channel: 'C0NORTHFIELD', text: '/coalition help' });
    expect(sent.status).toBe(200);
    const asTom = await page('as=U0TOM&tab=channel');
    expect(asTom).toContain('Only visible to you');
    expect(asTom).toContain('/coalition checkin');
    expect(await page('as=U0GRACE&tab=channel')).not.toContain('Only visible to you');
  });

  it('moves the clock a minute at a time and names what the app sent', async () => {
    const hour = await api('time', { as: 'U0AMARA', step: 'hour' });
    expect(hour.json.notice?.[0]).toMatch(/heartbeat ran for each of the 60 minutes/);
    // Named before it happens, from the app's own schedule and tasks, then by what the app actually sent. Whether a
    // task's due-date reminder comes before the check-ins open depends on the weekday the sandbox starts on.
    let opened = false;
    for (let step = 0; step < 6 && !opened; step += 1) {
      const named = /Next due: (.*?) to ([A-Z][a-z]+ [A-Z][a-z]+)/.exec(await page('as=U0AMARA&tab=channel'));
      const next = await api('time', { as: 'U0AMARA', step: 'next' });
      const sent = next.json.notice?.slice(1).join('\n') ?? '';
      if (named) expect(sent).toMatch(new RegExp(`^The app sent a DM to ${named[2]}: `, 'm'));
      opened = named?.[1] === 'check-ins open, first a prompt';
      if (opened) expect(named?.[2]).toBe('Priya Nair');
    }
    expect(opened).toBe(true);
    // Once open, the next thing named is another prompt or reminder, or the close: the cycle is under way.
    expect(await page('as=U0AMARA&tab=channel')).toMatch(
      /Next due: ((check-in prompt|reminder|task due-date reminder) to |the check-in closes)/,
    );
  }, 120_000);

  it('starts over from the demo coalition on "Reset sandbox"', async () => {
    await api('command', { as: 'U0GRACE', channel: 'C0NORTHFIELD', text: 'Looking forward to the next meeting' });
    expect(await page('as=U0AMARA&tab=channel')).toContain('Looking forward to the next meeting');
    expect((await api('reset', {})).status).toBe(200);
    const fresh = await page('as=U0AMARA&tab=channel');
    expect(fresh).not.toContain('Looking forward to the next meeting');
    expect(fresh).toContain('checked in');
  }, 120_000);

  it('refuses a malformed request with a clear 400', async () => {
    expect((await api('react', { as: 'U0AMARA', channel: 'C0NORTHFIELD', ts: '1.1', name: '<b>' })).status).toBe(400);
    expect((await api('nothing', { as: 'U0AMARA' })).status).toBe(404);
  });
});
