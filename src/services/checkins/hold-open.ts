import type { Repositories } from '../../db/repositories/index.js';
import type { Cycle } from '../../domain/cycles.js';

/** A cycle stays open until the latest window planned into it ends. */
export function holdOpenUntil(repos: Repositories, cycle: Cycle, closeAt: Date): void {
  if (cycle.status === 'closed' || closeAt.getTime() <= cycle.closesAt.getTime()) return;
  repos.cycles.extendClose(cycle.id, closeAt);
  repos.deliveries.moveClose(cycle.id, closeAt);
}

/**
 * A re-plan (a schedule change that moves someone's time later in the day) can put them into a cycle the others
 * already opened: it is held open for their window at once, or it would close before their prompt and skip them.
 */
export function holdCycleFor(
  repos: Repositories,
  coalitionId: number,
  plan: { cycleDate: string | null; closeAt: Date | null },
): void {
  if (plan.cycleDate === null || plan.closeAt === null) return;
  const existing = repos.cycles.find(coalitionId, plan.cycleDate);
  if (existing) holdOpenUntil(repos, existing, plan.closeAt);
}
