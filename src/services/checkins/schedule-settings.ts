import { DateTime } from 'luxon';
import type { Clock } from '../../clock.js';
import type { Repositories } from '../../db/repositories/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Coalition } from '../../domain/people.js';
import { DEFAULT_SCHEDULE, nextCycleDate, type Schedule, validateSchedule } from '../../domain/schedule.js';
import { recordAudit } from '../audit.js';
import type { RosterService } from '../roster.js';

export interface ScheduleSummary {
  schedule: Schedule;
  isSet: boolean;
  nextCycleDate: string | undefined;
}

const RECURRENCE_FIELDS: Array<keyof Schedule> = ['cadence', 'days', 'monthlyWeek'];

export function createScheduleService({
  repos,
  roster,
  clock,
}: {
  repos: Repositories;
  roster: RosterService;
  clock: Clock;
}) {
  function current(coalition: Coalition): { schedule: Schedule; isSet: boolean } {
    const stored = repos.schedules.find(coalition.id);
    return stored ? { schedule: stored.schedule, isSet: true } : { schedule: DEFAULT_SCHEDULE, isSet: false };
  }

  function summary(coalition: Coalition, schedule: Schedule, isSet: boolean): ScheduleSummary {
    const today = DateTime.fromJSDate(clock.now(), { zone: coalition.timezone }).minus({ days: 1 }).toISODate() ?? '';
    return { schedule, isSet, nextCycleDate: schedule.paused || !isSet ? undefined : nextCycleDate(schedule, today) };
  }

  function save(coalition: Coalition, actorUserId: string, before: Schedule, after: Schedule): ScheduleSummary {
    const problems = validateSchedule(after);
    if (problems.length > 0) {
      throw new DomainError(
        'invalid_input',
        `That schedule would not work: ${problems.join('; ')}.`,
        'Example: `/coalition schedule weekly mon 09:00`',
      );
    }
    const now = clock.now();
    repos.schedules.save({
      coalitionId: coalition.id,
      teamId: coalition.teamId,
      schedule: after,
      updatedBy: actorUserId,
      updatedAt: now,
    });
    recordAudit(repos, { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now }, 'schedule.changed', {
      before,
      after,
    });
    return summary(coalition, after, true);
  }

  return {
    /** The schedule to pre-fill the modal with; only coordinators may edit it. */
    forEditing(coalition: Coalition, actorUserId: string): Schedule {
      roster.requireCoordinator(coalition, actorUserId, 'change the check-in schedule');
      return current(coalition).schedule;
    },

    show(coalition: Coalition): ScheduleSummary {
      const { schedule, isSet } = current(coalition);
      return summary(coalition, schedule, isSet);
    },

    set(coalition: Coalition, actorUserId: string, changes: Partial<Schedule>): ScheduleSummary {
      roster.requireCoordinator(coalition, actorUserId, 'change the check-in schedule');
      const { schedule: before } = current(coalition);
      const recurrenceChanged = RECURRENCE_FIELDS.some((field) => field in changes);
      const today = DateTime.fromJSDate(clock.now(), { zone: coalition.timezone }).toISODate() ?? before.anchorDate;
      const after: Schedule = {
        ...before,
        ...changes,
        ...(recurrenceChanged ? { anchorDate: today } : {}),
        paused: false,
      };
      return save(coalition, actorUserId, before, after);
    },

    setPaused(coalition: Coalition, actorUserId: string, paused: boolean): ScheduleSummary {
      roster.requireCoordinator(coalition, actorUserId, paused ? 'pause check-ins' : 'resume check-ins');
      const { schedule: before, isSet } = current(coalition);
      if (!isSet && !paused) {
        throw new DomainError(
          'not_found',
          'There is no schedule to resume yet.',
          'Set one with `/coalition schedule weekly mon 09:00`.',
        );
      }
      return save(coalition, actorUserId, before, { ...before, paused });
    },
  };
}

export type ScheduleService = ReturnType<typeof createScheduleService>;
