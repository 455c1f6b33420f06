import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { SlackSimulator } from '../../src/simulator/index.js';

export { seededRandom } from '../../src/simulator/faults.js';

import { SIGNING_SECRET } from '../helpers/test-world.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CHILD = resolve(import.meta.dirname, 'app-child.ts');

export interface Child {
  process: ChildProcess;
  /** Resolves once the app is running and handles SIGTERM (its first beat comes next). */
  ready: Promise<void>;
  exited: Promise<number | null>;
  stderr: string[];
}

/** What the app's process needs to run against the simulator on this database file, and nothing from ours. */
export function appEnvironment(sim: SlackSimulator, databasePath: string, signingSecret: string) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    SLACK_BOT_TOKEN: sim.botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: sim.apiUrl,
    PORT: '0',
    DATABASE_PATH: databasePath,
  };
}

/** Starts the real app (test/faults/app-child.ts) against the simulator on this database file. */
export function startChild(sim: SlackSimulator, databasePath: string, clockStart: string, beatRealMs = 15): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env: {
      ...appEnvironment(sim, databasePath, SIGNING_SECRET),
      LOG_LEVEL: 'error',
      FAULT_CLOCK_START: clockStart,
      FAULT_BEAT_REAL_MS: String(beatRealMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((done) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('fault child ready')) done();
    });
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code, signal) => {
      if (signal) stderr.push(`(ended by ${signal})`);
      done(code);
    }),
  );
  return { process: child, ready, exited, stderr };
}

export async function killHard(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

export async function stopGently(child: Child): Promise<void> {
  child.process.kill('SIGTERM');
  const code = await child.exited;
  if (code !== 0) throw new Error(`the app exited with ${code}: ${child.stderr.join('')}`);
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Reads the app's database from outside, as another process would (WAL lets it read while the app writes). */
export function readDatabase<T>(databasePath: string, read: (db: Database.Database) => T): T {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 2000');
    return read(db);
  } finally {
    db.close();
  }
}

/** Outbox rows of these kinds that are not finished yet. */
export function unfinished(databasePath: string, kinds: string[]): number {
  return readDatabase(databasePath, (db) => {
    const marks = kinds.map(() => '?').join(',');
    const row = db
      .prepare(`SELECT count(*) AS n FROM deliveries WHERE kind IN (${marks}) AND status IN ('pending', 'sending')`)
      .get(...kinds) as { n: number };
    return row.n;
  });
}

export function integrityCheck(databasePath: string): string {
  return readDatabase(databasePath, (db) => String(db.pragma('integrity_check', { simple: true })));
}

/** A consistent copy of a database, even one another connection has open (its WAL included). */
export function snapshotDatabase(from: string, to: string): void {
  readDatabase(from, (db) => db.prepare('VACUUM INTO ?').run(to));
}

/** A fresh copy of a snapshot nobody has open. */
export function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  for (const suffix of ['-wal', '-shm']) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
}
