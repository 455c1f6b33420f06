import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import type { Cycle } from '../domain/cycles.js';
import { type SectorCoverageRow, sectorCoverage } from '../domain/digest.js';
import { type CycleOutcome, isQuiet } from '../domain/engagement.js';
import { localDate } from '../domain/local-time.js';
import type { Coalition, Person } from '../domain/people.js';
import { groupRoster, sectorOf } from '../domain/roster.js';
import type { SectorKey } from '../domain/sectors.js';
import { isOverdue, type Task } from '../domain/tasks.js';
import { isCheckinParticipant } from './checkins/eligibility.js';
import { createFriendlyNotes } from './friendly-notes.js';
import type { PrivacyService } from './privacy.js';
import type { RosterService } from './roster.js';

/** Where this person stands with the check-in that is open now (null: none is open for them). */
export interface CheckinState {
  cycleId: number;
  cycleDate: string;
  /** Their own closing time (each partner's window follows their own clock). */
  closesAt: Date;
  status: 'open' | 'answered' | 'skipped' | 'away';
}

export interface OpenBlocker {
  id: number;
  name: string;
  organisation: string | null;
  text: string;
  offers: number;
}

export interface CoordinatorHome {
  coalition: Coalition;
  rosterCount: number;
  /** The open check-in so far, or the last one when none is open. */
  checkin: { cycleDate: string; open: boolean; answered: number; expected: number; closesAt: Date } | null;
  /** Who answered, by sector; sectors with fewer than three partners are only ever counted together. */
  coverage: SectorCoverageRow[];
  blockers: OpenBlocker[];
  missingCoreSectors: SectorKey[];
  quietPartners: Array<{ userId: string; name: string }>;
  openTasks: number;
  overdueTasks: number;
}

export interface PartnerHome {
  coalition: Coalition;
  checkin: CheckinState | null;
  /** The last day of an away period that covers today, if any. */
  awayUntil: string | null;
  tasks: Task[];
}

export type HomeData = { coordinating: CoordinatorHome[]; partnering: PartnerHome[] };

const RECENT_CYCLES = 6;
const BLOCKERS_ON_HOME = 10;

export function createHomeService({
  repos,
  clock,
  roster,
  privacy,
}: {
  repos: Repositories;
  clock: Clock;
  roster: RosterService;
  privacy: PrivacyService;
}) {
  function outcomes(person: Person, cycleIds: number[]): CycleOutcome[] {
    return cycleIds.map((cycleId) => {
      const status = repos.responses.find(cycleId, person.id)?.status as CycleOutcome | undefined;
      if (status) return status;
      // No answer and no prompt: the cycle was not theirs yet, which is not the same as missing it.
      return repos.deliveries.scheduledPeople(cycleId).has(person.id) ? 'missed' : 'not_scheduled';
    });
  }

  function shownCycle(coalition: Coalition): Cycle | undefined {
    return repos.cycles.current(coalition.id, clock.now()) ?? repos.cycles.recentClosed(coalition.id, 1)[0];
  }

  function checkinSoFar(coalition: Coalition, people: Person[], cycle: Cycle | undefined) {
    if (!cycle) return { checkin: null, coverage: [] };
    const responses = repos.responses.listForCycle(cycle.id);
    const status = new Map(responses.map((response) => [response.personId, response.status]));
    const participants = people.filter((person) => isCheckinParticipant(person) && status.get(person.id) !== 'away');
    const answered = new Set(responses.filter((r) => r.status === 'answered').map((r) => r.personId));
    const organisations = new Map(repos.organisations.listByCoalition(coalition.id).map((org) => [org.id, org]));
    const digestPeople = participants.map((person) => ({
      personId: person.id,
      userId: person.slackUserId,
      name: person.displayName,
      organisation: null,
      sector: sectorOf(person, person.organisationId === null ? undefined : organisations.get(person.organisationId)),
    }));
    return {
      checkin: {
        cycleDate: cycle.cycleDate,
        open: cycle.status === 'open',
        answered: participants.filter((person) => answered.has(person.id)).length,
        expected: participants.length,
        closesAt: cycle.closesAt,
      },
      coverage: sectorCoverage(digestPeople, answered),
    };
  }

  function openBlockers(coalition: Coalition, people: Map<number, Person>): OpenBlocker[] {
    return repos.blockers.open(coalition.id).flatMap((blocker) => {
      const person = people.get(blocker.personId);
      const text = repos.responses.findById(blocker.responseId)?.answers?.blockers;
      if (!person || typeof text !== 'string' || !text.trim()) return [];
      const organisation =
        person.organisationId === null ? undefined : repos.organisations.findById(person.organisationId);
      return [
        {
          id: blocker.id,
          name: person.displayName,
          organisation: organisation?.name ?? null,
          text: text.trim(),
          offers: repos.blockers.offers(blocker.id).length,
        },
      ];
    });
  }

  function coordinatorView(coalition: Coalition): CoordinatorHome {
    const people = repos.people.listByCoalition(coalition.id);
    const roster = groupRoster(people, repos.organisations.listByCoalition(coalition.id));
    const closed = repos.cycles.recentClosed(coalition.id, RECENT_CYCLES);
    const today = localDate(clock.now(), coalition.timezone);
    const open = repos.tasks.listByCoalition(coalition.id, { openOnly: true });
    return {
      coalition,
      rosterCount: roster.activeCount,
      ...checkinSoFar(coalition, people, shownCycle(coalition)),
      blockers: openBlockers(coalition, new Map(people.map((person) => [person.id, person]))).slice(
        0,
        BLOCKERS_ON_HOME,
      ),
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

  function checkinState(coalition: Coalition, person: Person): CheckinState | null {
    const cycle = repos.cycles.current(coalition.id, clock.now());
    const prompt = cycle && repos.deliveries.findPrompt(cycle.id, person.id);
    if (!cycle || cycle.status === 'closed' || !isCheckinParticipant(person)) return null;
    const response = repos.responses.find(cycle.id, person.id);
    const closesAt = prompt?.expiresAt ?? cycle.closesAt;
    // Not theirs yet (their own time has not come, or the schedule began after it), or their window has passed.
    if (!response && (!prompt || closesAt.getTime() <= clock.now().getTime())) return null;
    return { cycleId: cycle.id, cycleDate: cycle.cycleDate, closesAt, status: response?.status ?? 'open' };
  }

  function awayUntil(person: Person): string | null {
    const today = localDate(clock.now(), person.tz || 'UTC');
    const covering = repos.away.listFor(person.id).filter((away) => away.fromDate <= today && away.toDate >= today);
    return (
      covering
        .map((away) => away.toDate)
        .sort()
        .at(-1) ?? null
    );
  }

  return {
    ...createFriendlyNotes({ repos, roster, privacy }),
    /** What the App Home shows this person: a coordinator's overview (quiet partners are only ever here), and their own check-in and tasks. */
    forUser(userId: string): HomeData {
      const memberships = repos.people.listBySlackUser(userId).filter((person) => person.active);
      const data: HomeData = { coordinating: [], partnering: [] };
      for (const person of memberships) {
        const coalition = repos.coalitions.findById(person.coalitionId);
        if (!coalition) continue;
        if (person.role === 'coordinator') data.coordinating.push(coordinatorView(coalition));
        data.partnering.push({
          coalition,
          checkin: checkinState(coalition, person),
          awayUntil: awayUntil(person),
          tasks: repos.tasks.listOpenByOwner(person.id),
        });
      }
      return data;
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
