import type { Repositories } from '../../db/repositories/index.js';
import type { Coalition } from '../../domain/people.js';
import type { Schedule } from '../../domain/schedule.js';
import { holdCycleFor } from './hold-open.js';
import { nextPlanFor } from './person-plans.js';
import type { FirstPrompts } from './schedule-settings.js';

/**
 * A schedule set, changed, paused or resumed at `now`: every member's next prompt is computed from that moment
 * (kept in their plan, with their last occurrence, so no period is prompted twice) and the earliest prompts are
 * summarised by zone and local minute for the coordinator's reply.
 */
export function replanCoalition(
  repos: Repositories,
  coalition: Coalition,
  schedule: Schedule,
  now: Date,
): FirstPrompts[] {
  const groups = new Map<string, FirstPrompts>();
  repos.transaction(() => {
    repos.checkinPlans.markCoalitionStale(coalition.id, now);
    const plans = new Map(repos.checkinPlans.listForCoalition(coalition.id).map((plan) => [plan.personId, plan]));
    for (const person of repos.people.listByCoalition(coalition.id)) {
      const plan = plans.get(person.id);
      if (!plan) continue;
      const next = nextPlanFor(plan, person, coalition, schedule, now);
      repos.checkinPlans.save(person.id, next);
      holdCycleFor(repos, coalition.id, next);
      if (!next.promptAt) continue;
      const key = `${person.tz}@${next.promptAt.getTime()}`;
      const group = groups.get(key) ?? { at: next.promptAt, tz: person.tz, people: 0 };
      group.people += 1;
      groups.set(key, group);
    }
  });
  return [...groups.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || a.tz.localeCompare(b.tz));
}
