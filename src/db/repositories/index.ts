import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { changeStamp } from '../unchanged-cache.js';
import { createAuditLogRepository } from './audit-log.js';
import { createBlockerRepository, createCelebrationRepository, createDigestRepository } from './celebrations.js';
import { createCheckinPlanRepository } from './checkin-plans.js';
import { createCoalitionRepository } from './coalitions.js';
import { createCycleRepository } from './cycles.js';
import { createDeliveryRepository } from './deliveries.js';
import { createDmChannelRepository } from './dm-channels.js';
import { createGoalRepository } from './goals.js';
import { createHomeChartFileRepository } from './home-chart-files.js';
import { createInsightsRepository } from './insights.js';
import { createOrganisationRepository } from './organisations.js';
import { createOutboxMessageRepository } from './outbox-messages.js';
import { createPeopleRepository } from './people.js';
import { createPrivacyFindingRepository, createPublishedContactRepository } from './privacy-findings.js';
import { createProcessedEventRepository } from './processed-events.js';
import { createQuestionRepository } from './questions.js';
import { createAwayRepository, createResponseRepository } from './responses.js';
import { createRetentionRepository } from './retention.js';
import { createScheduleRepository } from './schedules.js';
import { createTaskRepository } from './tasks.js';

export function createRepositories(db: Db) {
  const stamp = changeStamp(db);
  const runInTransaction = db.$client.transaction((work: () => unknown) => work());
  return {
    coalitions: createCoalitionRepository({ db, stamp }),
    organisations: createOrganisationRepository({ db, stamp }),
    people: createPeopleRepository({ db, stamp }),
    auditLog: createAuditLogRepository({ db }),
    processedEvents: createProcessedEventRepository({ db }),
    schedules: createScheduleRepository({ db }),
    questions: createQuestionRepository({ db }),
    cycles: createCycleRepository({ db }),
    deliveries: createDeliveryRepository({ db }),
    outboxMessages: createOutboxMessageRepository({ db }),
    dmChannels: createDmChannelRepository({ db }),
    checkinPlans: createCheckinPlanRepository({ db }),
    responses: createResponseRepository({ db }),
    away: createAwayRepository({ db }),
    tasks: createTaskRepository({ db }),
    privacyFindings: createPrivacyFindingRepository({ db }),
    publishedContacts: createPublishedContactRepository({ db }),
    retention: createRetentionRepository({ db }),
    goals: createGoalRepository({ db }),
    celebrations: createCelebrationRepository({ db }),
    digests: createDigestRepository({ db }),
    blockers: createBlockerRepository({ db }),
    insights: createInsightsRepository({ db }),
    homeChartFiles: createHomeChartFileRepository({ db }),
    /** Folds the write-ahead log into the file and empties it, so old versions of erased rows are gone too. */
    checkpoint(): void {
      db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
    },
    /**
     * better-sqlite3 is synchronous, so a transaction is a plain function call; one nested in another becomes a
     * savepoint. It is better-sqlite3's own, made once: drizzle's builds a transaction object on every call, and a
     * heartbeat admitting 1,000 people at 09:00 runs two transactions each (a tenth of that beat's CPU).
     */
    transaction<T>(work: () => T): T {
      return runInTransaction(work) as T;
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
