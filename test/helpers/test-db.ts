import { openDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';

/** An in-memory SQLite database with the real migrations applied. */
export function createTestDb() {
  const handle = openDatabase(':memory:');
  handle.migrate();
  return { handle, repos: createRepositories(handle.db) };
}
