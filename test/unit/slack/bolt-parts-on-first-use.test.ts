import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadOnFirstUse } from '../../../src/slack/bolt-parts-on-first-use.js';

const FIXTURES = new URL('../../fixtures/first-use/', import.meta.url);
const loads = () => (globalThis as { countedLoads?: number }).countedLoads ?? 0;

describe('loadOnFirstUse', () => {
  it('loads a package only when something first reads from it, then hands on what it exports', () => {
    const from = fileURLToPath(new URL('from.js', FIXTURES));
    loadOnFirstUse(from, ['./counted.cjs']);
    const standIn = createRequire(from)('./counted.cjs') as { value: number; viaGetter: string };
    expect(loads()).toBe(0);
    expect(standIn.value).toBe(42);
    expect(loads()).toBe(1);
    expect(standIn.viaGetter).toBe('read through a getter');
    expect(Object.keys(standIn)).toEqual(['value', 'viaGetter']);
    expect('value' in standIn).toBe(true);
    expect(loads()).toBe(1);
    // Once loaded, asking again changes nothing.
    loadOnFirstUse(from, ['./counted.cjs']);
    expect(createRequire(from)('./counted.cjs')).toEqual({ value: 42, viaGetter: 'read through a getter' });
    expect(loads()).toBe(1);
  });
});

describe("Bolt's parts an HTTP-mode app does not use", () => {
  // Its own process, so this file's require cache (vitest's) has not loaded Bolt already.
  const probe = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('bolt-parts-probe.ts', FIXTURES))], {
      encoding: 'utf8',
    }),
  );

  it('are not loaded by an app in HTTP mode: no Socket Mode client, undici, Express or OAuth installer', () => {
    expect(probe.httpReceiver).toBe('HTTPReceiver');
    expect(probe.afterHttp).toEqual({ socketMode: false, undici: false, express: false, oauth: false });
  });

  it('load when an app asks for Socket Mode, which then works as before', () => {
    expect(probe.socketReceiver).toBe('SocketModeReceiver');
    expect(probe.socketClient).toBe('SocketModeClient');
    expect(probe.afterSocket).toEqual({ socketMode: true, undici: true });
  });
});
