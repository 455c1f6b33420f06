/**
 * A drizzle prepared statement built on its first use rather than when its repository is made: building one (the
 * query, then SQLite compiling it) costs about half a millisecond, and the repositories hold about twenty, all made
 * before the app first answers /healthz. Built once either way; the first call of each pays for it.
 */
export function preparedOnFirstUse<Statement>(build: () => Statement): () => Statement {
  let statement: Statement | undefined;
  return () => {
    statement ??= build();
    return statement;
  };
}
