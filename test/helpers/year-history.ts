import type { Repositories } from '../../src/db/repositories/index.js';
import type { Coalition, Person } from '../../src/domain/people.js';
import { DEFAULT_QUESTIONS } from '../../src/domain/questions.js';
import type { SectorKey } from '../../src/domain/sectors.js';

const DAY_MS = 86_400_000;
const SECTORS: SectorKey[] = ['education', 'health', 'police', 'local_authority_childrens_services', 'faith'];

/** Markers the report must never contain: a private note and a win its author did not share. */
export const PRIVATE_MARK = 'PRIVATE-NOTE-';
export const UNSHARED_MARK = 'UNSHARED-WIN-';
export const SHARED_MARK = 'Shared win ';

/** Partners inserted straight into the roster, spread over five sectors, for large histories (benchmarks). */
export function addRosterPartners(repos: Repositories, coalition: Coalition, count: number, joinedAt: Date): Person[] {
  return repos.transaction(() =>
    Array.from({ length: count }, (_, index) => {
      const sector = SECTORS[index % SECTORS.length] ?? null;
      const organisation = repos.organisations.upsert({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        name: `Organisation ${index % 40}`,
        sector,
        now: joinedAt,
      });
      return repos.people.insert({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        slackUserId: `U0BENCH${index}`,
        homeTeamId: coalition.teamId,
        displayName: `Partner ${index}`,
        tz: 'Europe/London',
        role: 'partner',
        active: true,
        joinedAt,
        organisationId: organisation.id,
        sector,
      });
    }),
  );
}

/**
 * A year of weekly cycles written straight to storage: prompts sent, answers, skips, misses, people away,
 * mid-year joiners (every tenth person from cycle 26), blockers with offers, tasks, milestones, shared and
 * unshared wins and private notes.
 */
export function seedYearOfCycles(
  repos: Repositories,
  coalition: Coalition,
  people: Person[],
  options: { firstCycle: string; cycles: number },
): void {
  const start = Date.parse(`${options.firstCycle}T09:00:00Z`);
  const goal = repos.goals.createGoal(
    {
      teamId: coalition.teamId,
      coalitionId: coalition.id,
      title: 'Every school has a safeguarding lead',
      createdBy: 'U0SEED',
    },
    new Date(start),
  );
  repos.transaction(() => {
    for (let cycleIndex = 0; cycleIndex < options.cycles; cycleIndex += 1) {
      const opensAt = new Date(start + cycleIndex * 7 * DAY_MS);
      const cycleDate = opensAt.toISOString().slice(0, 10);
      const closesAt = new Date(opensAt.getTime() + 2 * DAY_MS);
      const cycle = repos.cycles.createOnce({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        cycleDate,
        questions: [...DEFAULT_QUESTIONS],
        opensAt,
        closesAt,
      });
      repos.cycles.close(cycle.id, closesAt);
      people.forEach((person, personIndex) => {
        if (personIndex % 10 === 9 && cycleIndex < 26) return;
        const away = personIndex % 7 === 3 && cycleIndex % 13 < 2;
        if (!away) {
          repos.deliveries.planMany([
            {
              teamId: coalition.teamId,
              cycleId: cycle.id,
              personId: person.id,
              kind: 'prompt',
              dedupeKey: `seed:${cycle.id}:${person.id}`,
              dueAt: opensAt,
              expiresAt: closesAt,
            },
          ]);
          const prompt = repos.deliveries.findPrompt(cycle.id, person.id);
          if (prompt) repos.deliveries.finish(prompt.id, 'sent', opensAt);
        }
        const pattern = (cycleIndex + personIndex) % 6;
        if (!away && pattern === 0) return; // missed
        const shareWin = personIndex % 4 === 0;
        const response = repos.responses.upsert({
          teamId: coalition.teamId,
          cycleId: cycle.id,
          personId: person.id,
          status: away ? 'away' : pattern === 1 ? 'skipped' : 'answered',
          answers: {
            progress: 'Met the school leads',
            blockers: pattern === 2 && personIndex % 3 === 0 ? 'Waiting on room bookings' : '',
            win: `${shareWin ? SHARED_MARK : UNSHARED_MARK}${cycleIndex}-${personIndex}`,
            private_note: `${PRIVATE_MARK}${cycleIndex}-${personIndex}`,
          },
          late: false,
          shareWin,
          now: new Date(opensAt.getTime() + 3_600_000),
        });
        if (response.status !== 'answered') return;
        if (response.answers?.blockers) {
          const blocker = repos.blockers.ensure({
            teamId: coalition.teamId,
            coalitionId: coalition.id,
            responseId: response.id,
            personId: person.id,
            at: closesAt,
          });
          if (personIndex % 2 === 0) repos.blockers.offer(blocker, people[0]?.slackUserId ?? 'U0HELP', closesAt);
          if (cycleIndex % 3 !== 0) repos.blockers.resolve(blocker, new Date(closesAt.getTime() + 10 * DAY_MS));
        }
        if (shareWin && cycleIndex % 4 === 0) {
          const id = repos.celebrations.claim({
            teamId: coalition.teamId,
            coalitionId: coalition.id,
            kind: 'win',
            subjectKey: `win:${response.id}`,
            channelId: coalition.channelId,
            at: closesAt,
          });
          if (id !== undefined) repos.celebrations.setMessage(id, `${closesAt.getTime() / 1000}.000100`);
        }
      });
      if (cycleIndex % 4 === 0) {
        const milestone = repos.goals.createMilestone(
          {
            teamId: coalition.teamId,
            coalitionId: coalition.id,
            goalId: goal.id,
            title: `Milestone ${cycleIndex / 4 + 1}`,
            target: 5,
            dueDate: new Date(opensAt.getTime() + 28 * DAY_MS).toISOString().slice(0, 10),
            createdBy: 'U0SEED',
          },
          opensAt,
        );
        if (cycleIndex % 8 === 0) repos.goals.markReached(milestone.id, new Date(opensAt.getTime() + 30 * DAY_MS));
      }
    }
    people.forEach((person, personIndex) => {
      for (let taskIndex = 0; taskIndex < 3; taskIndex += 1) {
        const createdAt = new Date(start + (taskIndex * 120 + (personIndex % 30)) * DAY_MS);
        const task = repos.tasks.create(
          {
            teamId: coalition.teamId,
            coalitionId: coalition.id,
            title: `Task ${taskIndex} for partner ${personIndex}`,
            ownerPersonId: person.id,
            organisationId: person.organisationId,
            dueDate: new Date(createdAt.getTime() + 30 * DAY_MS).toISOString().slice(0, 10),
            notes: `${PRIVATE_MARK}task-note`,
            createdBy: 'U0SEED',
          },
          createdAt,
        );
        if ((personIndex + taskIndex) % 3 !== 0) {
          const doneAt = new Date(createdAt.getTime() + (20 + (personIndex % 20)) * DAY_MS);
          repos.tasks.update(
            task,
            { status: 'done' },
            { actorUserId: person.slackUserId, kind: 'status', fromStatus: task.status, toStatus: 'done', note: null },
            doneAt,
          );
        }
      }
    });
  });
}
