import type { CheckinPlan, PlanUpdate } from '../../db/repositories/checkin-plans.js';
import type { Coalition, Person } from '../../domain/people.js';
import type { Schedule } from '../../domain/schedule.js';
import { nextPersonalOccurrence } from '../../domain/schedule-plan.js';
import { isCheckinParticipant } from './eligibility.js';

const DORMANT = { cycleDate: null, promptAt: null, closeAt: null } as const;

/**
 * A person's next prompt, from the later of when their plan was last reset (joined, schedule set or changed,
 * zone or role changed: `planFrom`, or `now` when that was not recorded) and their last prompt's instant.
 * Dormant (never due) while there is no schedule, it is paused, or they are not a check-in participant.
 */
export function nextPlanFor(
  plan: Pick<CheckinPlan, 'planFrom' | 'lastCycleDate'> & { promptedAt?: Date | null },
  person: Person,
  coalition: Coalition,
  schedule: Schedule | undefined,
  now: Date,
): PlanUpdate {
  const planFrom = plan.planFrom ?? now;
  const base = { lastCycleDate: plan.lastCycleDate, planFrom };
  if (!schedule || schedule.paused || !isCheckinParticipant(person)) return { ...base, ...DORMANT };
  const from = new Date(Math.max(planFrom.getTime(), person.joinedAt.getTime(), plan.promptedAt?.getTime() ?? 0));
  const next = nextPersonalOccurrence(
    schedule,
    { partnerTz: person.tz, coalitionTz: coalition.timezone },
    from,
    plan.lastCycleDate,
  );
  return next ? { ...base, ...next } : { ...base, ...DORMANT };
}
