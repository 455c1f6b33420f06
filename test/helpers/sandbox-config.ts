import type { SandboxConfig } from '../../src/config.js';

/** The sandbox's settings for a test: any free port, its own database file, quiet logs. */
export function sandboxTestConfig(databasePath: string): SandboxConfig {
  return {
    port: 0,
    databasePath,
    logLevel: 'silent',
    defaultTimezone: 'Europe/London',
    jurisdiction: 'uk',
    retention: { checkinDays: 180, taskDays: 730, auditDays: 730 },
  };
}
