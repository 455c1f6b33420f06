import { openDatabase } from '../../src/db/client.js';
import { createRepositories, type Repositories } from '../../src/db/repositories/index.js';

/** An in-memory SQLite database with the real migrations applied. */
export function createTestDb() {
  const handle = openDatabase(':memory:');
  handle.migrate();
  return { handle, repos: createRepositories(handle.db) };
}

/** Adds the one coalition every seeded test database holds (team T1, channel C1), created at `now`. */
export function seedCoalition(repos: Repositories, now: Date) {
  return repos.coalitions.create({
    teamId: 'T1',
    channelId: 'C1',
    name: 'Northside',
    timezone: 'Europe/London',
    createdBy: 'U1',
    createdAt: now,
  }).coalition;
}

/** A test database holding one coalition (team T1, channel C1), created at `now`. */
export function createSeededDb(now: Date) {
  const { repos } = createTestDb();
  return { repos, coalition: seedCoalition(repos, now) };
}

/** An active partner in team T1's coalition, named by their Slack id, who joined at `now`. */
export function addPartner(repos: Repositories, coalitionId: number, slackUserId: string, now: Date) {
  return repos.people.insert({
    teamId: 'T1',
    coalitionId,
    slackUserId,
    homeTeamId: 'T1',
    displayName: slackUserId,
    tz: 'Europe/London',
    role: 'partner',
    active: true,
    joinedAt: now,
  });
}
