import { eq, lt } from 'drizzle-orm';
import type { Db } from '../client.js';
import { processedEvents } from '../schema.js';

export function createProcessedEventRepository({ db }: { db: Db }) {
  return {
    /** True the first time an event id is seen; false for Slack's retries of it. */
    markFirstSeen(eventId: string, teamId: string, now: Date): boolean {
      const result = db
        .insert(processedEvents)
        .values({ eventId, teamId, receivedAt: now })
        .onConflictDoNothing()
        .run();
      return result.changes === 1;
    },
    remove(eventId: string): void {
      db.delete(processedEvents).where(eq(processedEvents.eventId, eventId)).run();
    },
    purgeOlderThan(cutoff: Date): number {
      return db.delete(processedEvents).where(lt(processedEvents.receivedAt, cutoff)).run().changes;
    },
  };
}

export type ProcessedEventRepository = ReturnType<typeof createProcessedEventRepository>;
