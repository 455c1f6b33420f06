import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

/** Drizzle over the connection; `$client` is the connection itself, for what drizzle cannot say (change stamps). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface DatabaseHandle {
  db: Db;
  /** Runs pending migrations and says how many it applied (0 on a restart). */
  migrate(): number;
  ping(): boolean;
  close(): void;
  /** Raw pragma access, for checks that the connection is set up as intended. */
  pragma(name: string): unknown;
}

// src/db/client.ts and dist/db/client.js sit at the same depth, so one relative path serves both.
export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

/**
 * The database holds answers and private notes: its folder is the owner's only, and the file is made 0600 before
 * SQLite opens it. mkdir and open modes are cut by the umask, so each mode is set again with chmod. The working
 * directory itself (a bare DATABASE_PATH=coalition.db) is left as it is: it is the person's, not ours.
 */
function preparePrivateFile(path: string): void {
  const folder = dirname(resolve(path));
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  if (folder !== process.cwd()) chmodSync(folder, PRIVATE_FOLDER);
  closeSync(openSync(path, 'a', PRIVATE_FILE));
  chmodSync(path, PRIVATE_FILE);
}

/** SQLite makes -wal and -shm beside the file; they hold the same data, so they get the same mode. */
function tightenCompanions(path: string): void {
  for (const companion of [path, `${path}-wal`, `${path}-shm`])
    if (existsSync(companion)) chmodSync(companion, PRIVATE_FILE);
}

export function openDatabase(path: string): DatabaseHandle {
  const onDisk = path !== ':memory:' && path !== '';
  if (onDisk) preparePrivateFile(path);
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  if (onDisk) tightenCompanions(path);
  sqlite.pragma('foreign_keys = ON');
  // A second instance or the backup job may hold the write lock briefly; wait rather than fail.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Erased and purged text must not linger in free pages of the file.
  sqlite.pragma('secure_delete = ON');
  reuseStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  return {
    db,
    migrate: () => {
      const before = appliedMigrationCount(sqlite);
      migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      if (onDisk) tightenCompanions(path);
      return appliedMigrationCount(sqlite) - before;
    },
    ping: () => sqlite.prepare('select 1 as ok').get() !== undefined,
    pragma: (name) => sqlite.pragma(name, { simple: true }),
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

const STATEMENT_CACHE_SIZE = 500;

const writeCounters = new WeakMap<Database.Database, { writes: number }>();

/**
 * How many statements that may write (INSERT … RETURNING included) this connection has run, for a connection
 * opened here; undefined for any other. Reads kept in memory (unchanged-cache.ts) are forgotten when it moves.
 */
export function writesOn(sqlite: Database.Database): number | undefined {
  return writeCounters.get(sqlite)?.writes;
}

function countWrites(statement: Database.Statement, counter: { writes: number }): void {
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const call = statement[method].bind(statement) as (...args: unknown[]) => unknown;
    Object.defineProperty(statement, method, {
      value: (...args: unknown[]) => {
        try {
          return call(...args);
        } finally {
          counter.writes += 1;
        }
      },
    });
  }
}

/**
 * Drizzle asks SQLite to compile every one-time query again, and compiling is most of what a small query costs:
 * keep the compiled statements by their SQL text. Safe because every call here runs to completion synchronously
 * (nothing iterates a statement across an await); drizzle switches a statement to raw rows when it maps columns
 * itself, so a reused one is switched back first. Bounded, as `in (?, ?, …)` lists make new texts.
 */
function reuseStatements(sqlite: Database.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const compiled = new Map<string, Database.Statement>();
  const counter = { writes: 0 };
  writeCounters.set(sqlite, counter);
  const exec = sqlite.exec.bind(sqlite);
  sqlite.exec = ((source: string) => {
    counter.writes += 1;
    return exec(source);
  }) as typeof sqlite.exec;
  sqlite.prepare = ((source: string) => {
    const statement = compiled.get(source);
    if (statement) {
      if (statement.reader) statement.raw(false);
      return statement;
    }
    const fresh = compile(source);
    if (!fresh.readonly) countWrites(fresh, counter);
    if (compiled.size >= STATEMENT_CACHE_SIZE) compiled.delete(compiled.keys().next().value ?? '');
    compiled.set(source, fresh);
    return fresh;
  }) as typeof sqlite.prepare;
}

function appliedMigrationCount(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  const row = sqlite.prepare('select count(*) as count from __drizzle_migrations').get() as { count: number };
  return row.count;
}
