import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
// A finished outbox row holds ids only (its text is cleared once sent); a month is long enough to answer "was it
// sent?", and its celebration or task keeps it from being planned again.
const FINISHED_OUTBOX_DAYS = 30;

export interface RetentionPolicy {
  checkinDays: number;
  taskDays: number;
  auditDays: number;
}

export interface PurgeReport {
  checkinAnswersCleared: number;
  tasksDeleted: number;
  milestonesDeleted: number;
  auditEntriesDeleted: number;
  outboxMessagesDeleted: number;
}

/** Keep only what is needed for as long as needed: a daily purge, itself written to the audit log. */
export function createRetentionService({
  repos,
  clock,
  policy,
}: {
  repos: Repositories;
  clock: Clock;
  policy: RetentionPolicy;
}) {
  return {
    purge(now: Date = clock.now()): PurgeReport {
      const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
      const report = repos.transaction(() => ({
        checkinAnswersCleared: repos.retention.clearAnswersOfCyclesClosedBefore(before(policy.checkinDays)),
        tasksDeleted: repos.retention.deleteTasksClosedBefore(before(policy.taskDays)),
        milestonesDeleted: repos.retention.deleteMilestonesReachedBefore(before(policy.taskDays)),
        auditEntriesDeleted: repos.retention.deleteAuditEntriesBefore(before(policy.auditDays)),
        outboxMessagesDeleted: repos.retention.deleteFinishedOutboxMessagesBefore(before(FINISHED_OUTBOX_DAYS)),
      }));
      repos.checkpoint();
      repos.auditLog.append({
        teamId: '*',
        coalitionId: null,
        actorUserId: 'system:retention',
        action: 'retention.purged',
        at: now,
        after: { ...report, policy },
      });
      return report;
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
