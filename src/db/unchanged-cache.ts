import { type Db, writesOn } from './client.js';

export interface ChangeStamp {
  /** A value that differs whenever the database may have changed since it was last taken. */
  current(): string;
  /** Inside a transaction what is read may yet be rolled back, which no stamp would show. */
  inTransaction(): boolean;
}

/**
 * On a connection opened here (client.ts), every statement that may write is counted as it runs, and data_version
 * (which moves whenever another connection, a second instance or the backup job, commits) is read once per
 * synchronous turn: within one turn nothing else in this process runs, and another process committing mid-turn
 * is the same as it committing just after, as it would be for any two queries in a row. On any other connection
 * (a test's proxy) both come from SQLite on every call: total_changes() counts this connection's rows written.
 */
export function changeStamp(db: Db): ChangeStamp {
  const sqlite = db.$client;
  const inTransaction = () => sqlite.inTransaction;
  if (writesOn(sqlite) === undefined) {
    const both = sqlite.prepare('select total_changes(), data_version from pragma_data_version').raw();
    return {
      current() {
        const [changes, version] = both.get() as [number, number];
        return `${changes}:${version}`;
      },
      inTransaction,
    };
  }
  const dataVersion = sqlite.prepare('select data_version from pragma_data_version').pluck();
  let versionThisTurn: number | undefined;
  return {
    current() {
      if (versionThisTurn === undefined) {
        versionThisTurn = dataVersion.get() as number;
        queueMicrotask(() => {
          versionThisTurn = undefined;
        });
      }
      return `${writesOn(sqlite)}:${versionThisTurn}`;
    },
    inTransaction,
  };
}

/**
 * Reads kept while nothing in the database changes: the lookups nearly every request makes (its coalition by
 * channel, the person asking, the roster) then cost no query until something is written. Any write by anyone
 * forgets all of it, so nothing kept is ever stale, only read again; nothing is kept from inside a transaction,
 * which might roll back. Callers get copies, so changing what they were given cannot change what is kept.
 */
export function keptWhileUnchanged<Value>(
  stamp: ChangeStamp,
  load: (key: string) => Value,
  copy: (value: Value) => Value,
  limit = 500,
): (key: string) => Value {
  const kept = new Map<string, Value>();
  let keptAt = '';
  return (key) => {
    if (stamp.inTransaction()) return load(key);
    const now = stamp.current();
    if (now !== keptAt) {
      kept.clear();
      keptAt = now;
    }
    if (kept.has(key)) return copy(kept.get(key) as Value);
    const value = load(key);
    if (kept.size >= limit) kept.clear();
    kept.set(key, value);
    return copy(value);
  };
}

/** Copies for keptWhileUnchanged: a row object or nothing, and a list of rows. */
export const copyRow = <Row extends object>(row: Row | undefined): Row | undefined => row && { ...row };
export const copyRows = <Row extends object>(rows: Row[]): Row[] => rows.map((row) => ({ ...row }));
