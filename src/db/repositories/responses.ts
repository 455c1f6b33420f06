import { and, eq, sql } from 'drizzle-orm';
import type { AwayPeriod, CheckinResponse, ResponseStatus } from '../../domain/cycles.js';
import type { Answers } from '../../domain/questions.js';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { awayPeriods, responses } from '../schema.js';

type ResponseRow = typeof responses.$inferSelect;

function toResponse(row: ResponseRow): CheckinResponse {
  return { ...row, answers: (row.answers as Answers | null) ?? null };
}

export function createResponseRepository({ db }: { db: Db }) {
  // Asked before every prompt and reminder is sent: prepared once.
  const byCyclePerson = preparedOnFirstUse(() =>
    db
      .select()
      .from(responses)
      .where(
        and(eq(responses.cycleId, sql.placeholder('cycleId')), eq(responses.personId, sql.placeholder('personId'))),
      )
      .prepare(),
  );
  const find = (cycleId: number, personId: number): CheckinResponse | undefined => {
    const row = byCyclePerson().get({ cycleId, personId });
    return row && toResponse(row);
  };
  return {
    find,
    findById(id: number): CheckinResponse | undefined {
      const row = db.select().from(responses).where(eq(responses.id, id)).get();
      return row && toResponse(row);
    },
    listForPerson(personId: number): CheckinResponse[] {
      return db.select().from(responses).where(eq(responses.personId, personId)).all().map(toResponse);
    },
    clearAnswersOf(personId: number): number {
      return db.update(responses).set({ answers: null }).where(eq(responses.personId, personId)).run().changes;
    },
    listForCycle(cycleId: number): CheckinResponse[] {
      return db.select().from(responses).where(eq(responses.cycleId, cycleId)).all().map(toResponse);
    },
    /** One response per person per cycle: a second submit edits the first. */
    upsert(input: {
      teamId: string;
      cycleId: number;
      personId: number;
      status: ResponseStatus;
      answers: Answers | null;
      late: boolean;
      shareWin?: boolean;
      now: Date;
    }): CheckinResponse {
      const row = db
        .insert(responses)
        .values({ ...input, shareWin: input.shareWin ?? false, submittedAt: input.now, updatedAt: input.now })
        .onConflictDoUpdate({
          target: [responses.cycleId, responses.personId],
          set: {
            status: input.status,
            answers: input.answers,
            shareWin: input.shareWin ?? false,
            updatedAt: input.now,
          },
        })
        .returning()
        .get();
      return toResponse(row);
    },
  };
}

export function createAwayRepository({ db }: { db: Db }) {
  // Prepared once: the heartbeat asks it for every person it admits to a cycle.
  const awayOf = preparedOnFirstUse(() =>
    db
      .select({ personId: awayPeriods.personId, fromDate: awayPeriods.fromDate, toDate: awayPeriods.toDate })
      .from(awayPeriods)
      .where(eq(awayPeriods.personId, sql.placeholder('personId')))
      .prepare(),
  );
  return {
    add(input: { teamId: string; personId: number; fromDate: string; toDate: string; now: Date }): void {
      db.insert(awayPeriods)
        .values({
          teamId: input.teamId,
          personId: input.personId,
          fromDate: input.fromDate,
          toDate: input.toDate,
          createdAt: input.now,
        })
        .run();
    },
    listFor(personId: number): AwayPeriod[] {
      return awayOf().all({ personId });
    },
  };
}

export type ResponseRepository = ReturnType<typeof createResponseRepository>;
export type AwayRepository = ReturnType<typeof createAwayRepository>;
