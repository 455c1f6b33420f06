import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_FOLDER } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import * as schema from '../../src/db/schema.js';

// Statement methods that return the statement itself (drizzle chains them before .all/.get).
const CHAINING = new Set(['raw', 'pluck', 'expand', 'safeIntegers', 'bind']);

/**
 * An in-memory database whose every statement counts the rows it hands back, so a test can say how many rows an
 * operation read. The real migrations and repositories run on it unchanged.
 */
export function createCountingDb() {
  const sqlite = new Database(':memory:');
  let rowsRead = 0;
  const queries: string[] = [];
  const countStatement = (statement: Database.Statement, source: string): Database.Statement => {
    const proxy: Database.Statement = new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (CHAINING.has(String(property)))
          return (...args: unknown[]) => {
            value.apply(target, args);
            return proxy;
          };
        if (property === 'all')
          return (...args: unknown[]) => {
            const rows = value.apply(target, args) as unknown[];
            rowsRead += rows.length;
            queries.push(source);
            return rows;
          };
        if (property === 'get')
          return (...args: unknown[]) => {
            const row = value.apply(target, args);
            if (row !== undefined) rowsRead += 1;
            queries.push(source);
            return row;
          };
        return value.bind(target);
      },
    });
    return proxy;
  };
  const client = new Proxy(sqlite, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === 'prepare') return (source: string) => countStatement(target.prepare(source), source);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(client, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    sqlite,
    repos: createRepositories(db),
    /** Rows returned to the app since the last reset, and the statements that returned them. */
    read: () => ({ rows: rowsRead, queries: [...queries] }),
    reset: () => {
      rowsRead = 0;
      queries.length = 0;
    },
    close: () => sqlite.close(),
  };
}
