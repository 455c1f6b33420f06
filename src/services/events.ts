import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';

// Slack retries for about five minutes; keeping ids for a day leaves a wide margin.
const EVENT_ID_RETENTION_MS = 24 * 60 * 60 * 1000;

export function createEventLedger({ repos, clock }: { repos: Repositories; clock: Clock }) {
  return {
    /** Claims an event id; false means Slack is retrying one we already handled or are handling. */
    claim(eventId: string, teamId: string): boolean {
      return repos.processedEvents.markFirstSeen(eventId, teamId, clock.now());
    },
    /** Gives the id back after a failure, so Slack's retry gets a second chance. */
    release(eventId: string): void {
      repos.processedEvents.remove(eventId);
    },
    purgeExpired(): number {
      return repos.processedEvents.purgeOlderThan(new Date(clock.now().getTime() - EVENT_ID_RETENTION_MS));
    },
  };
}

export type EventLedger = ReturnType<typeof createEventLedger>;
