import type { Repositories } from '../db/repositories/index.js';
import type { DeliveryKind } from '../domain/cycles.js';
import { localDate, localInstant } from '../domain/local-time.js';
import { DEFAULT_SCHEDULE, nextAllowedInstant, nextCycleDate, promptInstant } from '../domain/schedule.js';
import { addDays } from '../domain/schedule-dates.js';
import { needsReminder, TASK_REMINDER_TIME, type Task } from '../domain/tasks.js';
import { isCheckinParticipant } from './checkins/eligibility.js';

const MINUTE = 60_000;
const REMINDER_LOOKAHEAD_DAYS = 14;

/** A digest's parts read as one event: its summary and thread replies go out together. */
function eventKind(kind: DeliveryKind): UpcomingEvent['kind'] {
  return kind === 'digest_summary' || kind === 'digest_reply' || kind === 'digest_blockers' ? 'digest' : kind;
}

export interface UpcomingEvent {
  at: Date;
  /** 'cycle': the next cycle's first prompt, before the cycle exists; the others are outbox rows. */
  kind: 'prompt' | 'reminder' | 'close' | 'cycle' | 'digest' | 'private_notes' | 'task_reminder';
  /** Whom a prompt or reminder goes to (Slack user id). */
  slackUserId?: string;
}

/** A read-only preview of the heartbeat's next check-in step: what the sandbox names before moving the clock. */
export function createUpcomingEvents({
  repos,
}: {
  repos: Pick<Repositories, 'deliveries' | 'people' | 'schedules' | 'coalitions' | 'cycles' | 'tasks'>;
}) {
  /**
   * When the heartbeat will next send a task owner their due-date reminder: the first minute from TASK_REMINDER_TIME
   * in their zone, outside the coalition's quiet hours, on a day a task of theirs reaches a reminder stage
   * (due-reminders.ts).
   */
  function nextTaskReminders(now: Date): UpcomingEvent[] {
    const byOwner = new Map<number, Task[]>();
    for (const task of repos.tasks.listOpenWithDueDates())
      byOwner.set(task.ownerPersonId, [...(byOwner.get(task.ownerPersonId) ?? []), task]);
    return [...byOwner].flatMap(([ownerId, owned]) => {
      const person = repos.people.findById(ownerId);
      if (!person?.active) return [];
      const schedule = repos.schedules.find(person.coalitionId)?.schedule ?? DEFAULT_SCHEDULE;
      const today = localDate(now, person.tz);
      for (let offset = 0; today && offset < REMINDER_LOOKAHEAD_DAYS; offset += 1) {
        const day = addDays(today, offset);
        if (!owned.some((task) => needsReminder(task, day))) continue;
        const end = localInstant(addDays(day, 1), '00:00', person.tz).getTime();
        const from = Math.max(
          localInstant(day, TASK_REMINDER_TIME, person.tz).getTime(),
          Math.ceil((now.getTime() + 1) / MINUTE) * MINUTE,
        );
        const at = nextAllowedInstant(new Date(from), person.tz, schedule);
        if (at.getTime() < end) return [{ at, kind: 'task_reminder' as const, slackUserId: person.slackUserId }];
      }
      return [];
    });
  }

  function nextCycleOpening(now: Date): UpcomingEvent[] {
    return repos.schedules.listAll().flatMap((stored) => {
      const coalition = repos.coalitions.findById(stored.coalitionId);
      const latest = repos.cycles.latest(stored.coalitionId)?.cycleDate;
      const date = coalition && latest && nextCycleDate(stored.schedule, latest);
      if (!coalition || !date) return [];
      const prompts = repos.people
        .listByCoalition(coalition.id)
        .filter(isCheckinParticipant)
        .map((person) => ({ person, at: promptInstant(stored.schedule, date, person.tz, coalition.timezone) }))
        .filter(({ at }) => at.getTime() > now.getTime())
        .sort((a, b) => a.at.getTime() - b.at.getTime());
      const first = prompts[0];
      return first ? [{ at: first.at, kind: 'cycle' as const, slackUserId: first.person.slackUserId }] : [];
    });
  }

  return {
    next(now: Date): UpcomingEvent | undefined {
      const row = repos.deliveries.nextPending();
      const person = row?.personId === null || row === undefined ? undefined : repos.people.findById(row.personId);
      const fromOutbox: UpcomingEvent[] = row
        ? [{ at: row.nextAttemptAt, kind: eventKind(row.kind), ...(person ? { slackUserId: person.slackUserId } : {}) }]
        : [];
      return [...fromOutbox, ...nextCycleOpening(now), ...nextTaskReminders(now)].sort(
        (a, b) => a.at.getTime() - b.at.getTime(),
      )[0];
    },
  };
}

export type UpcomingEvents = ReturnType<typeof createUpcomingEvents>;
