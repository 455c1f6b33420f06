import type { CheckinPlan } from '../../db/repositories/checkin-plans.js';
import type { NewDelivery } from '../../db/repositories/deliveries.js';
import type { Repositories } from '../../db/repositories/index.js';
import { type Delivery, deliveryKey, isAwayOn } from '../../domain/cycles.js';
import type { Coalition, Person } from '../../domain/people.js';
import { DEFAULT_QUESTIONS } from '../../domain/questions.js';
import { reminderInstants, type Schedule } from '../../domain/schedule.js';
import { isCheckinParticipant } from './eligibility.js';
import { holdCycleFor, holdOpenUntil } from './hold-open.js';
import { nextPlanFor } from './person-plans.js';

// Plans read at a time, in prompt order; a beat reads batches until none is due, up to 20 (10,000 people).
const BATCH = 500;
const MAX_BATCHES_PER_BEAT = 20;
// After long downtime one person may have several occurrences behind them; all are stepped over in one beat.
const MAX_STEPS_PER_PERSON = 50;
const CLOSE_NEVER_EXPIRES = new Date('9999-12-31T00:00:00Z');

type DuePlan = CheckinPlan & { cycleDate: string; promptAt: Date; closeAt: Date };
type Context = { coalition: Coalition; schedule: Schedule | undefined };

export interface PlanReport {
  cyclesOpened: number;
  plansRead: number;
}

/**
 * Reads only the plans that are due (an index range on each person's next prompt instant). A person joins an
 * occurrence's cycle at their own prompt instant: the cycle is created by the first of them, its close set to
 * the latest window of those planned for it. Nobody's times are recomputed unless their plan says so.
 */
export function createCyclePlanner({ repos }: { repos: Repositories }) {
  let backfilled = false;

  function contextOf(coalitionId: number, cache: Map<number, Context | null>): Context | null {
    if (!cache.has(coalitionId)) {
      const coalition = repos.coalitions.findById(coalitionId);
      const stored = coalition && repos.schedules.find(coalitionId);
      cache.set(coalitionId, coalition ? { coalition, schedule: stored?.schedule } : null);
    }
    return cache.get(coalitionId) ?? null;
  }

  function openCycle(coalition: Coalition, plan: DuePlan) {
    const latestClose = repos.checkinPlans.latestClose(coalition.id, plan.cycleDate) ?? plan.closeAt;
    const closesAt = new Date(Math.max(latestClose.getTime(), plan.closeAt.getTime()));
    const questions = repos.questions.list(coalition.id);
    const cycle = repos.cycles.createOnce({
      teamId: coalition.teamId,
      coalitionId: coalition.id,
      cycleDate: plan.cycleDate,
      questions: questions.length > 0 ? questions : [...DEFAULT_QUESTIONS],
      opensAt: plan.promptAt,
      closesAt,
    });
    repos.deliveries.planMany([
      {
        teamId: coalition.teamId,
        cycleId: cycle.id,
        personId: null,
        kind: 'close',
        dedupeKey: deliveryKey(cycle.id, null, 'close'),
        dueAt: closesAt,
        expiresAt: CLOSE_NEVER_EXPIRES,
      },
    ]);
    return cycle;
  }

  /** Puts the person into their occurrence's cycle (prompt row, or "away"); false when it is not theirs. */
  function join(plan: DuePlan, person: Person, coalition: Coalition, now: Date): boolean {
    if (!isCheckinParticipant(person) || plan.closeAt.getTime() <= now.getTime()) return false;
    const existing = repos.cycles.find(coalition.id, plan.cycleDate);
    if (existing?.status === 'closed') return false;
    const cycle = existing ?? openCycle(coalition, plan);
    if (existing) holdOpenUntil(repos, existing, plan.closeAt);
    if (isAwayOn(repos.away.listFor(person.id), plan.cycleDate)) {
      repos.responses.upsert({
        teamId: coalition.teamId,
        cycleId: cycle.id,
        personId: person.id,
        status: 'away',
        answers: null,
        late: false,
        now,
      });
    } else {
      repos.deliveries.planMany([
        {
          teamId: coalition.teamId,
          cycleId: cycle.id,
          personId: person.id,
          kind: 'prompt',
          dedupeKey: deliveryKey(cycle.id, person.id, 'prompt'),
          dueAt: plan.promptAt,
          expiresAt: plan.closeAt,
        },
      ]);
    }
    return !existing;
  }

  function isDue(plan: CheckinPlan, now: Date): plan is DuePlan {
    return plan.cycleDate !== null && plan.promptAt !== null && plan.closeAt !== null && plan.promptAt <= now;
  }

  /** Recomputes a stale plan, then admits the person to every occurrence now due; returns cycles opened. */
  function advance(row: CheckinPlan, person: Person, context: Context, now: Date): number {
    const { coalition, schedule } = context;
    let plan: CheckinPlan =
      row.cycleDate === null ? { ...row, ...nextPlanFor(row, person, coalition, schedule, now) } : row;
    let opened = 0;
    for (let step = 0; isDue(plan, now) && step < MAX_STEPS_PER_PERSON; step += 1) {
      const due = plan;
      opened += repos.transaction(() => (join(due, person, coalition, now) ? 1 : 0));
      const promptedAt = due.promptAt;
      plan = {
        ...due,
        ...nextPlanFor({ ...due, lastCycleDate: due.cycleDate, promptedAt }, person, coalition, schedule, now),
      };
    }
    const planned = plan;
    repos.transaction(() => {
      holdCycleFor(repos, coalition.id, planned);
      repos.checkinPlans.save(person.id, planned);
    });
    return opened;
  }

  return {
    /** Admits everyone whose prompt is due by `now`. Safe to call every minute from several processes. */
    planDue(now: Date): PlanReport {
      if (!backfilled) backfilled = repos.checkinPlans.backfill() >= 0;
      const contexts = new Map<number, Context | null>();
      const seen = new Set<number>();
      let cyclesOpened = 0;
      // Everyone due this minute, a batch at a time: 1,000 partners at 09:00 are all prompted at 09:00, not half of
      // them a beat later. A plan still due after its turn (no person, or a long backlog) is not read twice.
      for (let batch = 0; batch < MAX_BATCHES_PER_BEAT; batch += 1) {
        const read = repos.checkinPlans.due(now, BATCH);
        const rows = read.filter((row) => !seen.has(row.personId));
        for (const row of rows) {
          seen.add(row.personId);
          const person = repos.people.findById(row.personId);
          const context = contextOf(row.coalitionId, contexts);
          if (person && context) cyclesOpened += advance(row, person, context, now);
        }
        if (read.length < BATCH || rows.length === 0) break;
      }
      return { cyclesOpened, plansRead: seen.size };
    },

    /**
     * Once a prompt has actually gone out: its reminders are planned from that moment (so a late prompt never
     * brings its reminder at once), and any older check-in still waiting for this person closes for them.
     */
    afterPromptSent(prompt: Delivery, sentAt: Date): void {
      if (prompt.personId === null) return;
      const person = repos.people.findById(prompt.personId);
      const cycle = repos.cycles.findById(prompt.cycleId);
      const schedule = cycle && repos.schedules.find(cycle.coalitionId)?.schedule;
      if (!person) return;
      const reminders: NewDelivery[] = schedule
        ? reminderInstants(schedule, sentAt, prompt.expiresAt, person.tz).map((dueAt, index) => ({
            teamId: prompt.teamId,
            cycleId: prompt.cycleId,
            personId: person.id,
            kind: 'reminder',
            dedupeKey: deliveryKey(prompt.cycleId, person.id, 'reminder', index),
            dueAt,
            expiresAt: prompt.expiresAt,
          }))
        : [];
      repos.transaction(() => {
        repos.deliveries.cancelOtherCyclesFor(person.id, prompt.cycleId, sentAt, 'superseded by a newer check-in');
        repos.deliveries.planMany(reminders);
      });
    },
  };
}

export type CyclePlanner = ReturnType<typeof createCyclePlanner>;
