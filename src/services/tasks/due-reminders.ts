import { DateTime } from 'luxon';
import type { Repositories } from '../../db/repositories/index.js';
import { minutesOfDay } from '../../domain/local-time.js';
import { DEFAULT_SCHEDULE, isQuiet } from '../../domain/schedule.js';
import { needsReminder, sortForDisplay, TASK_REMINDER_TIME, type Task } from '../../domain/tasks.js';
import type { MessageOutbox } from '../message-outbox.js';

const REMINDERS_FROM_MINUTE = minutesOfDay(TASK_REMINDER_TIME) ?? 0;

export function createTaskReminders({ repos, outbox }: { repos: Repositories; outbox: Pick<MessageOutbox, 'plan'> }) {
  /** Claims the person's reminder day and plans its DM together; the outbox sends it (on this same beat). */
  function remind(ownerPersonId: number, owned: Task[], now: Date): boolean {
    const person = repos.people.findById(ownerPersonId);
    const coalition = person && repos.coalitions.findById(person.coalitionId);
    if (!person?.active || !coalition) return false;
    const schedule = repos.schedules.find(coalition.id)?.schedule ?? DEFAULT_SCHEDULE;
    const local = DateTime.fromJSDate(now, { zone: person.tz });
    if (local.hour * 60 + local.minute < REMINDERS_FROM_MINUTE || isQuiet(now, person.tz, schedule)) return false;
    const today = local.toISODate() ?? '';
    const due = sortForDisplay(
      owned.filter((task) => needsReminder(task, today)),
      today,
    );
    if (due.length === 0) return false;
    const taskIds = due.map((task) => task.id);
    return repos.transaction(() => {
      const day = { teamId: person.teamId, personId: person.id, localDate: today, taskIds, now };
      if (!repos.tasks.claimReminderDay(day)) return false;
      outbox.plan({
        teamId: person.teamId,
        coalitionId: coalition.id,
        kind: 'task_reminder',
        dedupeKey: `task_reminder:${person.id}:${today}`,
        refs: { personId: person.id, localDate: today, taskIds },
        dueAt: now,
      });
      return true;
    });
  }

  return {
    /** At most one batched DM per person per local day, listing every task that reached a reminder stage. */
    /** Plans them; the dispatcher sends them. Returns how many were planned. */
    async sendDue(now: Date): Promise<number> {
      const byOwner = new Map<number, Task[]>();
      for (const task of repos.tasks.listOpenWithDueDates())
        byOwner.set(task.ownerPersonId, [...(byOwner.get(task.ownerPersonId) ?? []), task]);
      let sent = 0;
      for (const [ownerPersonId, owned] of byOwner) if (remind(ownerPersonId, owned, now)) sent += 1;
      return sent;
    },
  };
}

export type TaskReminders = ReturnType<typeof createTaskReminders>;
