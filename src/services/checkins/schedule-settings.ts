import type { Clock } from '../../clock.js';
import type { Repositories } from '../../db/repositories/index.js';
import { DomainError } from '../../domain/errors.js';
import { localDate } from '../../domain/local-time.js';
import type { Coalition } from '../../domain/people.js';
import { DEFAULT_SCHEDULE, nextCycleDate, type Schedule, validateSchedule } from '../../domain/schedule.js';
import { addDays } from '../../domain/schedule-dates.js';
import { shortestPeriodDays } from '../../domain/schedule-plan.js';
import { recordAudit } from '../audit.js';
import type { RosterService } from '../roster.js';
import { replanCoalition } from './replan.js';

/** A group of people whose first prompt under a new or changed schedule is the same local minute in one zone. */
export interface FirstPrompts {
  at: Date;
  tz: string;
  people: number;
}

export interface ScheduleSummary {
  schedule: Schedule;
  isSet: boolean;
  nextCycleDate: string | undefined;
  /** After a set, change or resume: when each group's first prompts go out, earliest first. */
  firstPrompts?: FirstPrompts[];
}

/**
 * Whether each window should end at the next occurrence: when no window (or closing time) was given and the one
 * kept would reach the next occurrence (daily and weekdays with the 48-hour default). A window given explicitly
 * is kept as given, and refused by validation if it is longer than the period.
 */
function windowUntilNext(schedule: Schedule, changes: Partial<Schedule>): boolean {
  if (changes.windowUntilNext) return true;
  if ('windowMinutes' in changes || changes.closeAt) return false;
  if (schedule.closeAt) return false;
  return schedule.windowMinutes > shortestPeriodDays(schedule) * 24 * 60;
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
    const local = localDate(clock.now(), coalition.timezone);
    const today = local && addDays(local, -1);
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
    // The new rule applies from this moment: everyone's next prompt is computed once, here, not on each beat.
    const firstPrompts = replanCoalition(repos, coalition, after, now);
    return { ...summary(coalition, after, true), firstPrompts };
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
      const today = localDate(clock.now(), coalition.timezone) || before.anchorDate;
      const merged: Schedule = {
        ...before,
        ...changes,
        ...(recurrenceChanged ? { anchorDate: today } : {}),
        paused: false,
      };
      return save(coalition, actorUserId, before, { ...merged, windowUntilNext: windowUntilNext(merged, changes) });
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
