import type { AppLogger } from '../../logger.js';
import type { TaskReminders } from '../tasks/due-reminders.js';
import type { Dispatcher } from './dispatcher.js';
import type { CyclePlanner } from './planner.js';

export interface TickReport {
  cyclesOpened: number;
  /** Plans read: only those due now (each person's next prompt is stored, never recomputed per beat). */
  plansRead: number;
  deliveriesExamined: number;
  taskRemindersSent: number;
}

/** One beat: admit the people whose prompt is due, send what the outbox holds for `now`, then task reminders. */
export function createCheckinHeartbeat(deps: {
  planner: CyclePlanner;
  dispatcher: Dispatcher;
  taskReminders: TaskReminders;
  logger: AppLogger;
}) {
  return async function tick(now: Date): Promise<TickReport> {
    const { cyclesOpened, plansRead } = deps.planner.planDue(now);
    const deliveriesExamined = await deps.dispatcher.dispatchDue(now);
    const taskRemindersSent = await deps.taskReminders.sendDue(now);
    if (cyclesOpened + deliveriesExamined + taskRemindersSent > 0)
      deps.logger.info({ cyclesOpened, plansRead, deliveriesExamined, taskRemindersSent }, 'heartbeat');
    return { cyclesOpened, plansRead, deliveriesExamined, taskRemindersSent };
  };
}

export type CheckinTick = ReturnType<typeof createCheckinHeartbeat>;
