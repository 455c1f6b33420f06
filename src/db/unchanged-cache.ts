import { type Db, writesOn } from './client.js';

export interface ChangeStamp {
  /** A value that differs whenever the database may have changed since it was last taken. */
  current(): string;
  /** Inside a transaction what is read may yet be rolled back, which no stamp would show. */
  inTransaction(): boolean;
}

/** How long another connection's commit may go unseen here: a request's worth, far under a person's next click. */
export const OTHERS_SEEN_WITHIN_MS = 25;

/**
 * On a connection opened here (client.ts), every statement that may write is counted as it runs, so this
 * connection's own writes are seen at once. Another connection (a second instance, the backup job) commits rarely,
 * and data_version, which moves when one does, is read at most once every OTHERS_SEEN_WITHIN_MS:
 * under load it was a SQLite read transaction for every request, about 30 µs of one. Reading another instance's
 * commit that late is the same as that request having arrived a moment earlier, which any two instances allow.
 * On any other connection (a test's proxy) both come from SQLite on every call: total_changes() counts this
 * connection's rows written.
 */
export function changeStamp(db: Db, now: () => number = performance.now.bind(performance)): ChangeStamp {
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
  let version: number | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  return {
    current() {
      if (now() - readAt >= OTHERS_SEEN_WITHIN_MS) {
        version = dataVersion.get() as number;
        readAt = now();
      }
      return `${writesOn(sqlite)}:${version}`;
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
