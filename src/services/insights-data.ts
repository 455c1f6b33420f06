import type { Repositories } from '../db/repositories/index.js';
import type { InsightsInput, ParticipationRecord, Period } from '../domain/insights/index.js';
import { localDate as localDateIn } from '../domain/local-time.js';
import type { Coalition, Organisation, Person } from '../domain/people.js';
import { sectorOf } from '../domain/roster.js';

export interface CoalitionFacts {
  input: InsightsInput;
  people: Map<number, Person>;
  organisations: Map<number, Organisation>;
  localDate(at: Date): string;
}

/** Reads what the insights need in a handful of bulk queries and shapes it for the pure insight functions. */
export function gatherInsightsInput(
  repos: Repositories,
  coalition: Coalition,
  period: Period,
  now: Date,
): CoalitionFacts {
  const localDate = (at: Date) => localDateIn(at, coalition.timezone);
  const people = new Map(repos.people.listByCoalition(coalition.id).map((person) => [person.id, person]));
  const organisations = new Map(
    repos.organisations.listByCoalition(coalition.id).map((organisation) => [organisation.id, organisation]),
  );
  const sectorOfPerson = (personId: number): string | null => {
    const person = people.get(personId);
    if (!person) return null;
    return sectorOf(person, person.organisationId === null ? undefined : organisations.get(person.organisationId));
  };
  const reads = repos.insights;
  const cycles = reads.cyclesBetween(coalition.id, period.fromDate, period.toDate);
  const dateOfCycle = new Map(cycles.map((cycle) => [cycle.id, cycle.cycleDate]));
  const statuses = new Map<string, ParticipationRecord>();
  for (const prompt of reads.promptedBetween(coalition.id, period.fromDate, period.toDate)) {
    const cycleDate = dateOfCycle.get(prompt.cycleId) ?? '';
    statuses.set(`${prompt.cycleId}:${prompt.personId}`, {
      cycleDate,
      personId: prompt.personId,
      sector: sectorOfPerson(prompt.personId),
      status: 'missed',
    });
  }
  for (const response of reads.responsesBetween(coalition.id, period.fromDate, period.toDate)) {
    statuses.set(`${response.cycleId}:${response.personId}`, {
      cycleDate: dateOfCycle.get(response.cycleId) ?? '',
      personId: response.personId,
      sector: sectorOfPerson(response.personId),
      status: response.status,
    });
  }
  const reachedOn = (at: Date | null) => (at ? localDate(at) : null);
  return {
    people,
    organisations,
    localDate,
    input: {
      coalitionName: coalition.name,
      period,
      now,
      today: localDate(now),
      participation: [...statuses.values()],
      cycleEnds: cycles.map((cycle) => ({ date: cycle.cycleDate, at: cycle.closesAt })),
      blockers: reads.blockers(coalition.id).map((blocker) => ({
        raisedOn: localDate(blocker.createdAt),
        raisedAt: blocker.createdAt,
        resolvedAt: blocker.resolvedAt,
        offers: blocker.offers,
      })),
      tasks: repos.tasks.listByCoalition(coalition.id).map((task) => ({
        ownerPersonId: task.ownerPersonId,
        sector: sectorOfPerson(task.ownerPersonId),
        status: task.status,
        dueDate: task.dueDate,
        completedOn: task.status === 'done' ? reachedOn(task.closedAt) : null,
      })),
      milestones: repos.goals.listMilestones(coalition.id).map((milestone) => ({
        ref: `M-${milestone.number}`,
        title: milestone.title,
        target: milestone.target,
        progress: milestone.progress,
        dueDate: milestone.dueDate,
        reachedOn: reachedOn(milestone.reachedAt),
      })),
      celebrations: reads.celebrations(coalition.id).map((celebration) => ({
        kind: celebration.kind,
        on: localDate(celebration.at),
        reactions: celebration.reactions,
      })),
    },
  };
}
