import { DateTime } from 'luxon';
import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { type CycleOutcome, isQuiet } from '../domain/engagement.js';
import type { Coalition, Person } from '../domain/people.js';
import { groupRoster } from '../domain/roster.js';
import type { SectorKey } from '../domain/sectors.js';
import { isOverdue, type Task } from '../domain/tasks.js';
import { isCheckinParticipant } from './checkins/eligibility.js';

export interface CoordinatorHome {
  coalition: Coalition;
  rosterCount: number;
  sectors: Array<{ sector: SectorKey | null; count: number }>;
  missingCoreSectors: SectorKey[];
  quietPartners: Array<{ userId: string; name: string }>;
  openTasks: number;
  overdueTasks: number;
}

export interface PartnerHome {
  coalition: Coalition;
  tasks: Task[];
}

export type HomeData = { coordinating: CoordinatorHome[]; partnering: PartnerHome[] };

const RECENT_CYCLES = 6;

export function createHomeService({ repos, clock }: { repos: Repositories; clock: Clock }) {
  function outcomes(person: Person, cycleIds: number[]): CycleOutcome[] {
    return cycleIds.map(
      (cycleId) => (repos.responses.find(cycleId, person.id)?.status as CycleOutcome | undefined) ?? 'missed',
    );
  }

  function coordinatorView(coalition: Coalition): CoordinatorHome {
    const people = repos.people.listByCoalition(coalition.id);
    const roster = groupRoster(people, repos.organisations.listByCoalition(coalition.id));
    const closed = repos.cycles.recentClosed(coalition.id, RECENT_CYCLES);
    const today = DateTime.fromJSDate(clock.now(), { zone: coalition.timezone }).toISODate() ?? '';
    const open = repos.tasks.listByCoalition(coalition.id, { openOnly: true });
    return {
      coalition,
      rosterCount: roster.activeCount,
      sectors: roster.groups.map((group) => ({ sector: group.sector, count: group.entries.length })),
      missingCoreSectors: roster.missingCoreSectors,
      quietPartners: people
        .filter((person) => isCheckinParticipant(person) && person.joinedAt < (closed.at(-1)?.opensAt ?? new Date(0)))
        .filter((person) =>
          isQuiet(
            outcomes(
              person,
              closed.map((cycle) => cycle.id),
            ),
          ),
        )
        .map((person) => ({ userId: person.slackUserId, name: person.displayName })),
      openTasks: open.length,
      overdueTasks: open.filter((task) => isOverdue(task, today)).length,
    };
  }

  return {
    /** What the App Home shows this person: a coordinator's overview (quiet partners are only ever here), or their own tasks. */
    forUser(userId: string): HomeData {
      const memberships = repos.people.listBySlackUser(userId).filter((person) => person.active);
      const data: HomeData = { coordinating: [], partnering: [] };
      for (const person of memberships) {
        const coalition = repos.coalitions.findById(person.coalitionId);
        if (!coalition) continue;
        if (person.role === 'coordinator') data.coordinating.push(coordinatorView(coalition));
        data.partnering.push({ coalition, tasks: repos.tasks.listOpenByOwner(person.id) });
      }
      return data;
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
