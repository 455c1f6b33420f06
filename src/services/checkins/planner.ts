import { DateTime } from 'luxon';
import type { NewDelivery } from '../../db/repositories/deliveries.js';
import type { Repositories } from '../../db/repositories/index.js';
import { deliveryKey, isAwayOn } from '../../domain/cycles.js';
import type { Coalition, Person } from '../../domain/people.js';
import { DEFAULT_QUESTIONS } from '../../domain/questions.js';
import {
  nextCycleDate,
  promptInstant,
  reminderInstants,
  type Schedule,
  windowCloseInstant,
} from '../../domain/schedule.js';
import { isCheckinParticipant } from './eligibility.js';

// A cycle is looked for from the day before "today" on the coalition's calendar, because a partner far east
// may already be a day ahead, and at most this many dates are examined per tick after downtime.
const MAX_DATES_PER_TICK = 60;
const CLOSE_NEVER_EXPIRES = new Date('9999-12-31T00:00:00Z');

interface PersonPlan {
  person: Person;
  promptAt: Date;
  closeAt: Date;
}

export function createCyclePlanner({ repos }: { repos: Repositories }) {
  function plansFor(schedule: Schedule, coalition: Coalition, cycleDate: string): PersonPlan[] {
    return repos.people
      .listByCoalition(coalition.id)
      .filter(isCheckinParticipant)
      .map((person) => {
        const promptAt = promptInstant(schedule, cycleDate, person.tz, coalition.timezone);
        return {
          person,
          promptAt,
          closeAt: windowCloseInstant(schedule, promptAt, { date: cycleDate, coalitionTz: coalition.timezone }),
        };
      });
  }

  function deliveriesFor(schedule: Schedule, cycleId: number, teamId: string, plan: PersonPlan): NewDelivery[] {
    const base = { teamId, cycleId, personId: plan.person.id, expiresAt: plan.closeAt };
    const reminders = reminderInstants(schedule, plan.promptAt, plan.closeAt, plan.person.tz);
    return [
      { ...base, kind: 'prompt', dedupeKey: deliveryKey(cycleId, plan.person.id, 'prompt'), dueAt: plan.promptAt },
      ...reminders.map((dueAt, index) => ({
        ...base,
        kind: 'reminder' as const,
        dedupeKey: deliveryKey(cycleId, plan.person.id, 'reminder', index),
        dueAt,
      })),
    ];
  }

  /** Creates the cycle and all its outbox rows in one transaction, so a crash leaves either all or none. */
  function openCycle(
    schedule: Schedule,
    coalition: Coalition,
    cycleDate: string,
    plans: PersonPlan[],
    now: Date,
  ): boolean {
    const opensAt = new Date(Math.min(...plans.map((plan) => plan.promptAt.getTime())));
    const closesAt = new Date(Math.max(...plans.map((plan) => plan.closeAt.getTime())));
    return repos.transaction(() => {
      if (repos.cycles.find(coalition.id, cycleDate)) return false;
      const questions = repos.questions.list(coalition.id);
      const cycle = repos.cycles.createOnce({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        cycleDate,
        questions: questions.length > 0 ? questions : [...DEFAULT_QUESTIONS],
        opensAt,
        closesAt,
      });
      const rows: NewDelivery[] = [
        {
          teamId: coalition.teamId,
          cycleId: cycle.id,
          personId: null,
          kind: 'close',
          dedupeKey: deliveryKey(cycle.id, null, 'close'),
          dueAt: closesAt,
          expiresAt: CLOSE_NEVER_EXPIRES,
        },
      ];
      for (const plan of plans) {
        if (isAwayOn(repos.away.listFor(plan.person.id), cycleDate)) {
          repos.responses.upsert({
            teamId: coalition.teamId,
            cycleId: cycle.id,
            personId: plan.person.id,
            status: 'away',
            answers: null,
            late: false,
            now,
          });
        } else {
          rows.push(...deliveriesFor(schedule, cycle.id, coalition.teamId, plan));
        }
      }
      repos.deliveries.planMany(rows);
      return true;
    });
  }

  function planCoalition(schedule: Schedule, coalition: Coalition, now: Date): number {
    const today = DateTime.fromJSDate(now, { zone: coalition.timezone });
    const horizon = today.plus({ days: 1 }).toISODate() ?? '';
    const latest = repos.cycles.latest(coalition.id)?.cycleDate;
    let date = nextCycleDate(schedule, latest ?? today.minus({ days: 2 }).toISODate() ?? '');
    let opened = 0;
    for (let examined = 0; date && date <= horizon && examined < MAX_DATES_PER_TICK; examined += 1) {
      const plans = plansFor(schedule, coalition, date);
      if (plans.length === 0) break;
      const firstPrompt = Math.min(...plans.map((plan) => plan.promptAt.getTime()));
      if (firstPrompt > now.getTime()) break;
      const lastClose = Math.max(...plans.map((plan) => plan.closeAt.getTime()));
      if (lastClose > now.getTime() && openCycle(schedule, coalition, date, plans, now)) opened += 1;
      date = nextCycleDate(schedule, date);
    }
    return opened;
  }

  return {
    /** Opens every cycle whose first prompt is due by `now`. Safe to call every minute from several processes. */
    planDue(now: Date): number {
      let opened = 0;
      for (const stored of repos.schedules.listAll()) {
        if (stored.schedule.paused) continue;
        const coalition = repos.coalitions.findById(stored.coalitionId);
        if (coalition) opened += planCoalition(stored.schedule, coalition, now);
      }
      return opened;
    },
  };
}

export type CyclePlanner = ReturnType<typeof createCyclePlanner>;
