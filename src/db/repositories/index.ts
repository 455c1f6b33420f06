import type { Db } from '../client.js';
import { createAuditLogRepository } from './audit-log.js';
import { createCoalitionRepository } from './coalitions.js';
import { createOrganisationRepository } from './organisations.js';
import { createPeopleRepository } from './people.js';
import { createProcessedEventRepository } from './processed-events.js';

export function createRepositories(db: Db) {
  return {
    coalitions: createCoalitionRepository({ db }),
    organisations: createOrganisationRepository({ db }),
    people: createPeopleRepository({ db }),
    auditLog: createAuditLogRepository({ db }),
    processedEvents: createProcessedEventRepository({ db }),
    /** better-sqlite3 is synchronous, so a transaction is a plain function call. */
    transaction<T>(work: () => T): T {
      return db.transaction(() => work());
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
