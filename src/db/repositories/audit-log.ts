import { and, desc, eq, or } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog } from '../schema.js';

export interface AuditEntry {
  id: number;
  teamId: string;
  coalitionId: number | null;
  actorUserId: string;
  action: string;
  subject: string | null;
  before: unknown;
  after: unknown;
  at: Date;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'subject' | 'before' | 'after'> &
  Partial<Pick<AuditEntry, 'subject' | 'before' | 'after'>>;

/** Append-only: there is deliberately no update or delete here. */
export function createAuditLogRepository({ db }: { db: Db }) {
  return {
    append(entry: NewAuditEntry): void {
      db.insert(auditLog)
        .values({ ...entry, subject: entry.subject ?? null, before: entry.before ?? null, after: entry.after ?? null })
        .run();
    },
    /** Entries a person made, or that are about them (their data export). */
    involving(userId: string): AuditEntry[] {
      return db
        .select()
        .from(auditLog)
        .where(or(eq(auditLog.actorUserId, userId), eq(auditLog.subject, userId)))
        .orderBy(auditLog.at)
        .all();
    },
    recent(teamId: string, coalitionId: number, limit = 20): AuditEntry[] {
      return db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.teamId, teamId), eq(auditLog.coalitionId, coalitionId)))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(limit)
        .all();
    },
  };
}

export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
