import { and, count, eq, sql } from 'drizzle-orm';
import type { Person, Role } from '../../domain/people.js';
import type { SectorKey } from '../../domain/sectors.js';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { people } from '../schema.js';
import { type ChangeStamp, copyRow, copyRows, keptWhileUnchanged } from '../unchanged-cache.js';
import { markPlanStale } from './checkin-plans.js';

// Who is asked to check in, and at what local time, depends on these: a change replans the person's next prompt.
const PLAN_FIELDS = ['tz', 'role', 'active'] as const;

type PersonRow = typeof people.$inferSelect;

function toPerson(row: PersonRow): Person {
  return { ...row, sector: row.sector as SectorKey | null };
}

export type NewPerson = Omit<
  Person,
  'id' | 'leftAt' | 'organisationId' | 'sector' | 'whatTheyBring' | 'inactiveReason'
> &
  Partial<Pick<Person, 'organisationId' | 'sector' | 'whatTheyBring'>>;

export type PersonPatch = Partial<
  Pick<
    Person,
    | 'displayName'
    | 'tz'
    | 'organisationId'
    | 'sector'
    | 'whatTheyBring'
    | 'role'
    | 'active'
    | 'leftAt'
    | 'homeTeamId'
    | 'inactiveReason'
    | 'slackUserId'
  >
>;

export function createPeopleRepository({ db, stamp }: { db: Db; stamp: ChangeStamp }) {
  // Every command, prompt and beat looks people up: drizzle builds these queries once, not on every call.
  const byMember = preparedOnFirstUse(() =>
    db
      .select()
      .from(people)
      .where(
        and(
          eq(people.coalitionId, sql.placeholder('coalitionId')),
          eq(people.slackUserId, sql.placeholder('slackUserId')),
        ),
      )
      .prepare(),
  );
  const byId = preparedOnFirstUse(() =>
    db
      .select()
      .from(people)
      .where(eq(people.id, sql.placeholder('id')))
      .prepare(),
  );
  const byCoalition = preparedOnFirstUse(() =>
    db
      .select()
      .from(people)
      .where(eq(people.coalitionId, sql.placeholder('coalitionId')))
      .prepare(),
  );
  // The person asking and the roster are read by nearly every request, and change rarely.
  const member = keptWhileUnchanged(
    stamp,
    (key) => {
      const [coalitionId, slackUserId] = JSON.parse(key) as [number, string];
      const row = byMember().get({ coalitionId, slackUserId });
      return row && toPerson(row);
    },
    copyRow,
  );
  const roster = keptWhileUnchanged(
    stamp,
    (key) =>
      byCoalition()
        .all({ coalitionId: Number(key) })
        .map(toPerson),
    copyRows,
  );
  const find = (coalitionId: number, slackUserId: string): Person | undefined =>
    member(JSON.stringify([coalitionId, slackUserId]));
  return {
    find,
    findById(id: number): Person | undefined {
      const row = byId().get({ id });
      return row && toPerson(row);
    },
    listByCoalition(coalitionId: number): Person[] {
      return roster(String(coalitionId));
    },
    listBySlackUser(slackUserId: string): Person[] {
      return db.select().from(people).where(eq(people.slackUserId, slackUserId)).all().map(toPerson);
    },
    countActiveCoordinators(coalitionId: number): number {
      const row = db
        .select({ value: count() })
        .from(people)
        .where(and(eq(people.coalitionId, coalitionId), eq(people.role, 'coordinator'), eq(people.active, true)))
        .get();
      return row?.value ?? 0;
    },
    insert(person: NewPerson): Person {
      const inserted = toPerson(db.insert(people).values(person).returning().get());
      markPlanStale(db, inserted, inserted.joinedAt);
      return inserted;
    },
    update(id: number, patch: PersonPatch): Person {
      const before = PLAN_FIELDS.some((field) => field in patch)
        ? db.select().from(people).where(eq(people.id, id)).get()
        : undefined;
      const row = db.update(people).set(patch).where(eq(people.id, id)).returning().get();
      if (!row) throw new Error(`person ${id} not found for update`);
      if (before && PLAN_FIELDS.some((field) => before[field] !== row[field])) markPlanStale(db, row, null);
      return toPerson(row);
    },
    setRole(id: number, role: Role): Person {
      return this.update(id, { role });
    },
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
