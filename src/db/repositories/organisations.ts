import { and, eq, sql } from 'drizzle-orm';
import type { Organisation } from '../../domain/people.js';
import type { SectorKey } from '../../domain/sectors.js';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { organisations } from '../schema.js';
import { type ChangeStamp, copyRows, keptWhileUnchanged } from '../unchanged-cache.js';

type OrganisationRow = typeof organisations.$inferSelect;

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    teamId: row.teamId,
    coalitionId: row.coalitionId,
    name: row.name,
    sector: row.sector as SectorKey | null,
    whatTheyBring: row.whatTheyBring,
  };
}

export function createOrganisationRepository({ db, stamp }: { db: Db; stamp: ChangeStamp }) {
  // The roster and the privacy scan's allow list read these often: prepared once.
  const byCoalition = preparedOnFirstUse(() =>
    db
      .select()
      .from(organisations)
      .where(eq(organisations.coalitionId, sql.placeholder('coalitionId')))
      .prepare(),
  );
  const listed = keptWhileUnchanged(
    stamp,
    (key) =>
      byCoalition()
        .all({ coalitionId: Number(key) })
        .map(toOrganisation),
    copyRows,
  );
  return {
    findById(id: number): Organisation | undefined {
      const row = db.select().from(organisations).where(eq(organisations.id, id)).get();
      return row && toOrganisation(row);
    },
    listByCoalition(coalitionId: number): Organisation[] {
      return listed(String(coalitionId));
    },
    /** Organisations are matched by name within a coalition; a sector or offer given later fills in the blanks. */
    upsert(input: {
      teamId: string;
      coalitionId: number;
      name: string;
      sector: SectorKey | null;
      whatTheyBring?: string | null;
      now: Date;
    }): Organisation {
      const existing = db
        .select()
        .from(organisations)
        .where(and(eq(organisations.coalitionId, input.coalitionId), eq(organisations.name, input.name)))
        .get();
      if (existing) {
        const updated = db
          .update(organisations)
          .set({
            sector: input.sector ?? existing.sector,
            whatTheyBring: input.whatTheyBring ?? existing.whatTheyBring,
          })
          .where(eq(organisations.id, existing.id))
          .returning()
          .get();
        return toOrganisation(updated ?? existing);
      }
      const row = db
        .insert(organisations)
        .values({
          teamId: input.teamId,
          coalitionId: input.coalitionId,
          name: input.name,
          sector: input.sector,
          whatTheyBring: input.whatTheyBring ?? null,
          createdAt: input.now,
        })
        .returning()
        .get();
      return toOrganisation(row);
    },
  };
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
