import { DateTime } from 'luxon';
import type { Repositories } from '../../db/repositories/index.js';
import { DEFAULT_SCHEDULE, isQuiet } from '../../domain/schedule.js';
import { needsReminder, sortForDisplay, type Task } from '../../domain/tasks.js';
import type { AppLogger } from '../../logger.js';
import type { TaskNotifier } from '../ports.js';
import { summarise } from './task-service.js';

// "The owner's local morning": from 09:00 on, on a day and at an hour the coalition's quiet hours allow.
const MORNING_HOUR = 9;

export function createTaskReminders({
  repos,
  notifier,
  logger,
}: {
  repos: Repositories;
  notifier: TaskNotifier;
  logger: AppLogger;
}) {
  async function remind(ownerPersonId: number, owned: Task[], now: Date): Promise<boolean> {
    const person = repos.people.findById(ownerPersonId);
    const coalition = person && repos.coalitions.findById(person.coalitionId);
    if (!person?.active || !coalition) return false;
    const schedule = repos.schedules.find(coalition.id)?.schedule ?? DEFAULT_SCHEDULE;
    const local = DateTime.fromJSDate(now, { zone: person.tz });
    if (local.hour < MORNING_HOUR || isQuiet(now, person.tz, schedule)) return false;
    const today = local.toISODate() ?? '';
    const due = sortForDisplay(
      owned.filter((task) => needsReminder(task, today)),
      today,
    );
    if (due.length === 0) return false;
    const ids = due.map((task) => task.id);
    if (
      !repos.tasks.claimReminderDay({ teamId: person.teamId, personId: person.id, localDate: today, taskIds: ids, now })
    )
      return false;
    try {
      await notifier.dueReminder({
        userId: person.slackUserId,
        coalitionChannelId: coalition.channelId,
        today,
        tasks: due.map(summarise),
      });
      repos.tasks.finishReminderDay(person.id, today, ids);
      return true;
    } catch (error) {
      repos.tasks.releaseReminderDay(person.id, today);
      logger.warn({ personId: person.id, err: (error as Error).message }, 'task reminder not sent; will retry');
      return false;
    }
  }

  return {
    /** At most one batched DM per person per local day, listing every task that reached a reminder stage. */
    async sendDue(now: Date): Promise<number> {
      const byOwner = new Map<number, Task[]>();
      for (const task of repos.tasks.listOpenWithDueDates())
        byOwner.set(task.ownerPersonId, [...(byOwner.get(task.ownerPersonId) ?? []), task]);
      let sent = 0;
      for (const [ownerPersonId, owned] of byOwner) if (await remind(ownerPersonId, owned, now)) sent += 1;
      return sent;
    },
  };
}

export type TaskReminders = ReturnType<typeof createTaskReminders>;
