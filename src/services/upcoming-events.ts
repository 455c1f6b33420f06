import type { Repositories } from '../db/repositories/index.js';
import { nextCycleDate, promptInstant } from '../domain/schedule.js';
import { isCheckinParticipant } from './checkins/eligibility.js';

export interface UpcomingEvent {
  at: Date;
  /** 'cycle': the next cycle's first prompt, before the cycle exists; the others are outbox rows. */
  kind: 'prompt' | 'reminder' | 'close' | 'cycle';
  /** Whom a prompt or reminder goes to (Slack user id). */
  slackUserId?: string;
}

/** A read-only preview of the heartbeat's next check-in step: what the sandbox names before moving the clock. */
export function createUpcomingEvents({
  repos,
}: {
  repos: Pick<Repositories, 'deliveries' | 'people' | 'schedules' | 'coalitions' | 'cycles'>;
}) {
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
        ? [{ at: row.nextAttemptAt, kind: row.kind, ...(person ? { slackUserId: person.slackUserId } : {}) }]
        : [];
      return [...fromOutbox, ...nextCycleOpening(now)].sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    },
  };
}

export type UpcomingEvents = ReturnType<typeof createUpcomingEvents>;
