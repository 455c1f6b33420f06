import { and, eq, gte } from 'drizzle-orm';
import type { Db } from '../client.js';
import { privacyFindings, publishedContacts } from '../schema.js';

export type PrivacyDecision = 'blocked' | 'overridden' | 'flagged' | 'concern_card';

export interface PrivacyFindingRecord {
  teamId: string;
  coalitionId: number | null;
  userId: string;
  surface: string;
  kinds: string[];
  findingCount: number;
  decision: PrivacyDecision;
  reason: string | null;
  at: Date;
}

/** Only kinds, counts, decisions and times: the text that triggered a finding is never stored. */
export function createPrivacyFindingRepository({ db }: { db: Db }) {
  return {
    record(finding: PrivacyFindingRecord): void {
      db.insert(privacyFindings).values(finding).run();
    },
    since(coalitionId: number, from: Date): PrivacyFindingRecord[] {
      return db
        .select()
        .from(privacyFindings)
        .where(and(eq(privacyFindings.coalitionId, coalitionId), gte(privacyFindings.at, from)))
        .all()
        .map((row) => ({ ...row, kinds: row.kinds as string[] }));
    },
  };
}

export type PrivacyFindingRepository = ReturnType<typeof createPrivacyFindingRepository>;

export function createPublishedContactRepository({ db }: { db: Db }) {
  return {
    add(input: { teamId: string; coalitionId: number; value: string; addedBy: string; at: Date }): void {
      db.insert(publishedContacts).values(input).onConflictDoNothing().run();
    },
    remove(coalitionId: number, value: string): number {
      return db
        .delete(publishedContacts)
        .where(and(eq(publishedContacts.coalitionId, coalitionId), eq(publishedContacts.value, value)))
        .run().changes;
    },
    list(coalitionId: number): string[] {
      return db
        .select({ value: publishedContacts.value })
        .from(publishedContacts)
        .where(eq(publishedContacts.coalitionId, coalitionId))
        .all()
        .map((row) => row.value);
    },
  };
}
