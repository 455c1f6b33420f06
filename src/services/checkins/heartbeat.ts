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

/** One beat: admit the people whose prompt is due, plan due task reminders, send what the outbox holds for `now`. */
export function createCheckinHeartbeat(deps: {
  planner: CyclePlanner;
  dispatcher: Dispatcher;
  taskReminders: TaskReminders;
  logger: AppLogger;
}) {
  return async function tick(now: Date): Promise<TickReport> {
    const { cyclesOpened, plansRead } = deps.planner.planDue(now);
    // Task reminders are planned as outbox rows first, so the drain below sends them on this beat.
    const taskRemindersSent = await deps.taskReminders.sendDue(now);
    const deliveriesExamined = await deps.dispatcher.dispatchDue(now);
    if (cyclesOpened + deliveriesExamined + taskRemindersSent > 0)
      deps.logger.info({ cyclesOpened, plansRead, deliveriesExamined, taskRemindersSent }, 'heartbeat');
    return { cyclesOpened, plansRead, deliveriesExamined, taskRemindersSent };
  };
}

export type CheckinTick = ReturnType<typeof createCheckinHeartbeat>;
