import { eq, sql } from 'drizzle-orm';
import type { Schedule } from '../../domain/schedule.js';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { schedules } from '../schema.js';

export interface StoredSchedule {
  coalitionId: number;
  teamId: string;
  schedule: Schedule;
  updatedBy: string;
  updatedAt: Date;
}

export function createScheduleRepository({ db }: { db: Db }) {
  // Read for every prompt sent and many commands: prepared once.
  const byCoalition = preparedOnFirstUse(() =>
    db
      .select()
      .from(schedules)
      .where(eq(schedules.coalitionId, sql.placeholder('coalitionId')))
      .prepare(),
  );
  return {
    find(coalitionId: number): StoredSchedule | undefined {
      const row = byCoalition().get({ coalitionId });
      return row && { ...row, schedule: row.settings as Schedule };
    },
    listAll(): StoredSchedule[] {
      return db
        .select()
        .from(schedules)
        .all()
        .map((row) => ({ ...row, schedule: row.settings as Schedule }));
    },
    save(input: StoredSchedule): void {
      const values = {
        teamId: input.teamId,
        coalitionId: input.coalitionId,
        settings: input.schedule,
        updatedBy: input.updatedBy,
        updatedAt: input.updatedAt,
      };
      db.insert(schedules)
        .values(values)
        .onConflictDoUpdate({
          target: schedules.coalitionId,
          set: { settings: values.settings, updatedBy: values.updatedBy, updatedAt: values.updatedAt },
        })
        .run();
    },
  };
}

export type ScheduleRepository = ReturnType<typeof createScheduleRepository>;
