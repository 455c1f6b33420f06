import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/client.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('database', () => {
  it('creates its folder, applies the migrations once, and applies none on a restart', () => {
    const folder = mkdtempSync(join(tmpdir(), 'coalition-db-'));
    folders.push(folder);
    const path = join(folder, 'nested', 'coalition.db');
    const first = openDatabase(path);
    expect(first.migrate()).toBeGreaterThan(0);
    first.close();
    const second = openDatabase(path);
    expect(second.migrate()).toBe(0);
    expect(second.ping()).toBe(true);
    second.close();
  });

  it('turns on WAL and foreign keys', () => {
    const folder = mkdtempSync(join(tmpdir(), 'coalition-db-'));
    folders.push(folder);
    const handle = openDatabase(join(folder, 'c.db'));
    handle.migrate();
    expect(handle.pragma('journal_mode')).toBe('wal');
    expect(handle.pragma('foreign_keys')).toBe(1);
    expect(Number(handle.pragma('busy_timeout'))).toBeGreaterThan(0);
    handle.close();
  });
});
