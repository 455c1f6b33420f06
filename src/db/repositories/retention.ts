import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog, cycles, milestones, outboxMessages, responses, tasks } from '../schema.js';

/** The deletions the retention job makes; each returns how many rows it touched. */
export function createRetentionRepository({ db }: { db: Db }) {
  return {
    /** Check-in free text goes; who answered and when stays, so response rates still add up. */
    clearAnswersOfCyclesClosedBefore(cutoff: Date): number {
      const expired = db
        .select({ id: cycles.id })
        .from(cycles)
        .where(and(isNotNull(cycles.closedAt), lt(cycles.closedAt, cutoff)));
      return db
        .update(responses)
        .set({ answers: null })
        .where(and(inArray(responses.cycleId, expired), isNotNull(responses.answers)))
        .run().changes;
    },
    deleteTasksClosedBefore(cutoff: Date): number {
      return db
        .delete(tasks)
        .where(and(isNotNull(tasks.closedAt), lt(tasks.closedAt, cutoff)))
        .run().changes;
    },
    deleteMilestonesReachedBefore(cutoff: Date): number {
      return db
        .delete(milestones)
        .where(and(isNotNull(milestones.reachedAt), lt(milestones.reachedAt, cutoff)))
        .run().changes;
    },
    /** Celebrations, reactions and task DMs already sent, skipped or given up on; pending ones always stay. */
    deleteFinishedOutboxMessagesBefore(cutoff: Date): number {
      return db
        .delete(outboxMessages)
        .where(
          and(
            inArray(outboxMessages.status, ['sent', 'skipped', 'failed']),
            isNotNull(outboxMessages.doneAt),
            lt(outboxMessages.doneAt, cutoff),
          ),
        )
        .run().changes;
    },
    deleteAuditEntriesBefore(cutoff: Date): number {
      return db.delete(auditLog).where(lt(auditLog.at, cutoff)).run().changes;
    },
  };
}

export type RetentionRepository = ReturnType<typeof createRetentionRepository>;
