import { and, eq, gte } from 'drizzle-orm';
import type { Db } from '../client.js';
import { privacyFindings } from '../schema.js';

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
