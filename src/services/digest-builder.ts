import type { Repositories } from '../db/repositories/index.js';
import type { Cycle } from '../domain/cycles.js';
import { type BlockerLine, composeDigest, type Digest, type DigestPerson, type TaskLine } from '../domain/digest.js';
import {
  type BlockerAnswer,
  blockerBookkeeping,
  selectBlockers,
  selectMilestones,
  selectTasks,
} from '../domain/digest-selection.js';
import { milestoneProgress, milestoneRef } from '../domain/goals.js';
import { localDate } from '../domain/local-time.js';
import type { Coalition, Person } from '../domain/people.js';
import type { Answers } from '../domain/questions.js';
import { sectorOf } from '../domain/roster.js';
import { addDays } from '../domain/schedule-dates.js';
import type { Task } from '../domain/tasks.js';
import { taskRef } from '../domain/tasks.js';
import { isCheckinParticipant } from './checkins/eligibility.js';
import type { RosterService } from './roster.js';

const MISSING_SECTORS_EVERY_MS = 30 * 24 * 60 * 60 * 1000;
const NEXT_MILESTONES = 5;

/** Gathers what a digest needs from storage and hands it to the pure composeDigest; build() only reads. */
export function createDigestBuilder({ repos, roster }: { repos: Repositories; roster: RosterService }) {
  function personOf(person: Person): DigestPerson {
    const organisation =
      person.organisationId === null ? undefined : repos.organisations.findById(person.organisationId);
    return {
      personId: person.id,
      userId: person.slackUserId,
      name: person.displayName,
      organisation: organisation?.name ?? null,
      sector: sectorOf(person, organisation),
    };
  }

  function publicAnswers(cycle: Cycle, answers: Answers | null): Answers {
    const visible = new Set(cycle.questions.filter((question) => !question.private).map((question) => question.key));
    return Object.fromEntries(Object.entries(answers ?? {}).filter(([key]) => visible.has(key)));
  }

  function blockerText(cycleOfResponse: Cycle | undefined, answers: Answers | null): string {
    const value = answers?.blockers;
    return cycleOfResponse && typeof value === 'string' ? value : '';
  }

  function blockerAnswers(cycle: Cycle): BlockerAnswer[] {
    return repos.responses
      .listForCycle(cycle.id)
      .filter((response) => response.status === 'answered')
      .map((response) => ({
        responseId: response.id,
        personId: response.personId,
        text: blockerText(cycle, response.answers),
      }));
  }

  /** Posting only: this cycle's blockers become trackable, and those their authors no longer report are resolved. */
  function recordBlockers(coalition: Coalition, cycle: Cycle, now: Date): void {
    const { toTrack, clearedPersonIds } = blockerBookkeeping(blockerAnswers(cycle));
    repos.transaction(() => {
      for (const answer of toTrack)
        repos.blockers.ensure({
          teamId: coalition.teamId,
          coalitionId: coalition.id,
          responseId: answer.responseId,
          personId: answer.personId,
          at: now,
        });
      for (const personId of clearedPersonIds) repos.blockers.resolveAllFor(personId, now);
    });
  }

  /** Reads only, so a preview changes nothing. */
  function blockersFor(coalition: Coalition, cycle: Cycle, people: Map<number, Person>): BlockerLine[] {
    return selectBlockers(repos.blockers.open(coalition.id), blockerAnswers(cycle)).flatMap((blocker) => {
      const person = people.get(blocker.personId);
      const response = repos.responses.findById(blocker.responseId);
      const text = response ? blockerText(repos.cycles.findById(response.cycleId), response.answers) : '';
      if (!person || !response || !text) return [];
      return [
        {
          id: blocker.id,
          person: personOf(person),
          text,
          offers: blocker.id === 0 ? [] : repos.blockers.offers(blocker.id),
          carried: response.cycleId !== cycle.id,
        },
      ];
    });
  }

  function taskLines(list: Task[], people: Map<number, Person>): TaskLine[] {
    return list.map((task) => ({
      ref: taskRef(task),
      title: task.title,
      ownerUserId: people.get(task.ownerPersonId)?.slackUserId ?? '',
      ownerName: people.get(task.ownerPersonId)?.displayName ?? '',
      dueDate: task.dueDate,
    }));
  }

  function build(
    coalition: Coalition,
    cycle: Cycle,
    now: Date,
    since: Date,
  ): { digest: Digest; notedMissing: boolean } {
    const everyone = repos.people.listByCoalition(coalition.id);
    const people = new Map(everyone.map((person) => [person.id, person]));
    const responses = repos.responses.listForCycle(cycle.id);
    // Only people scheduled for this cycle are expected; those not yet scheduled (joined, or the schedule set,
    // after their local time had passed) are not counted as missed.
    const scheduled = repos.deliveries.scheduledPeople(cycle.id);
    const participants = everyone.filter(
      (person) =>
        (isCheckinParticipant(person) && scheduled.has(person.id)) ||
        responses.some((response) => response.personId === person.id && response.status !== 'away'),
    );
    const today = localDate(now, coalition.timezone);
    const weekAhead = today && addDays(today, 7);
    const tasks = selectTasks(repos.tasks.listByCoalition(coalition.id), { today, weekAhead, since });
    const milestones = selectMilestones(repos.goals.listMilestones(coalition.id), since, NEXT_MILESTONES);
    const goalTitle = (goalId: number) => repos.goals.goalById(goalId)?.title ?? '';
    const missingDue =
      !coalition.missingSectorsNotedAt ||
      now.getTime() - coalition.missingSectorsNotedAt.getTime() >= MISSING_SECTORS_EVERY_MS;
    const missing = missingDue ? roster.view(coalition).missingCoreSectors : [];
    const digest = composeDigest({
      coalitionName: coalition.name,
      cycleDate: cycle.cycleDate,
      participants: participants
        .filter(
          (person) => !responses.some((response) => response.personId === person.id && response.status === 'away'),
        )
        .map(personOf),
      responses: responses.flatMap((response) => {
        const person = people.get(response.personId);
        return response.status === 'answered' && person
          ? [{ person: personOf(person), late: response.late, answers: publicAnswers(cycle, response.answers) }]
          : [];
      }),
      away: responses.flatMap((response) => {
        const person = people.get(response.personId);
        return response.status === 'away' && person ? [personOf(person)] : [];
      }),
      questions: cycle.questions,
      blockers: blockersFor(coalition, cycle, people),
      tasks: {
        completed: taskLines(tasks.completed, people),
        dueSoon: taskLines(tasks.dueSoon, people),
        overdue: taskLines(tasks.overdue, people),
      },
      milestones: {
        reached: milestones.reached.map((milestone) => ({
          ref: milestoneRef(milestone),
          title: milestone.title,
          goal: goalTitle(milestone.goalId),
          progress: milestone.target,
          target: milestone.target,
        })),
        next: milestones.next.map((milestone) => ({
          ref: milestoneRef(milestone),
          title: milestone.title,
          goal: goalTitle(milestone.goalId),
          progress: milestoneProgress(milestone, repos.goals.linkedTasks(milestone.id)),
          target: milestone.target,
        })),
      },
      celebrated: repos.celebrations.peopleCelebratedSince(coalition.id, since),
      missingSectors: missing.length > 0 ? missing : null,
      nameOverdueOwners: coalition.nameOverdueOwners,
    });
    return { digest, notedMissing: missing.length > 0 };
  }

  return { build, recordBlockers, personOf, publicAnswers };
}
