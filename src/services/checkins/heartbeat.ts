import type { AppLogger } from '../../logger.js';
import type { Dispatcher } from './dispatcher.js';
import type { CyclePlanner } from './planner.js';

export interface TickReport {
  cyclesOpened: number;
  deliveriesExamined: number;
}

/** One beat: open the cycles that are due, then send what the outbox holds for `now`. */
export function createCheckinHeartbeat({
  planner,
  dispatcher,
  logger,
}: {
  planner: CyclePlanner;
  dispatcher: Dispatcher;
  logger: AppLogger;
}) {
  return async function tick(now: Date): Promise<TickReport> {
    const cyclesOpened = planner.planDue(now);
    const deliveriesExamined = await dispatcher.dispatchDue(now);
    if (cyclesOpened > 0 || deliveriesExamined > 0)
      logger.info({ cyclesOpened, deliveriesExamined }, 'check-in heartbeat');
    return { cyclesOpened, deliveriesExamined };
  };
}

export type CheckinTick = ReturnType<typeof createCheckinHeartbeat>;
