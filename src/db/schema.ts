// The database's tables, a file per area; drizzle-kit reads them all from here (drizzle.config.ts), and
// repositories import them from here. Every table carries the Slack team_id so several workspaces can share one
// database.
export * from './schema/checkins.js';
export * from './schema/coalitions.js';
export * from './schema/digests.js';
export * from './schema/goals.js';
export * from './schema/outbox.js';
export * from './schema/privacy.js';
export * from './schema/tasks.js';
