import { DateTime } from 'luxon';
import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import type { Cycle } from '../domain/cycles.js';
import {
  type BlockerLine,
  composeDigest,
  type Digest,
  type DigestPerson,
  digestReplyFor,
  type TaskLine,
} from '../domain/digest.js';
import { DomainError } from '../domain/errors.js';
import { milestoneProgress, milestoneRef } from '../domain/goals.js';
import type { Coalition, Person } from '../domain/people.js';
import type { Answers } from '../domain/questions.js';
import { sectorOf } from '../domain/roster.js';
import { isOverdue, type Task, taskRef } from '../domain/tasks.js';
import type { AppLogger } from '../logger.js';
import { recordAudit } from './audit.js';
import { isCheckinParticipant } from './checkins/eligibility.js';
import type { DigestNotifier } from './ports.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  roster: RosterService;
  notifier: DigestNotifier;
  clock: Clock;
  logger: AppLogger;
}

const MISSING_SECTORS_EVERY_MS = 30 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const NEXT_MILESTONES = 5;

export function createDigestService({ repos, roster, notifier, clock, logger }: Deps) {
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

  /** This cycle's blockers become trackable; earlier open ones are carried until their authors resolve them. */
  function blockersFor(coalition: Coalition, cycle: Cycle, people: Map<number, Person>, now: Date): BlockerLine[] {
    for (const response of repos.responses.listForCycle(cycle.id)) {
      if (response.status !== 'answered') continue;
      if (blockerText(cycle, response.answers).trim())
        repos.blockers.ensure({
          teamId: coalition.teamId,
          coalitionId: coalition.id,
          responseId: response.id,
          personId: response.personId,
          at: now,
        });
      else repos.blockers.resolveAllFor(response.personId, now);
    }
    return repos.blockers.open(coalition.id).flatMap((blocker) => {
      const person = people.get(blocker.personId);
      const response = repos.responses.findById(blocker.responseId);
      const text = response ? blockerText(repos.cycles.findById(response.cycleId), response.answers) : '';
      if (!person || !response || !text) return [];
      return [
        {
          id: blocker.id,
          person: personOf(person),
          text,
          offers: repos.blockers.offers(blocker.id),
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
    const participants = everyone.filter(
      (person) =>
        isCheckinParticipant(person) ||
        responses.some((response) => response.personId === person.id && response.status !== 'away'),
    );
    const today = DateTime.fromJSDate(now, { zone: coalition.timezone }).toISODate() ?? '';
    const weekAhead = DateTime.fromJSDate(now, { zone: coalition.timezone }).plus({ days: 7 }).toISODate() ?? '';
    const allTasks = repos.tasks.listByCoalition(coalition.id);
    const milestones = repos.goals.listMilestones(coalition.id);
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
      blockers: blockersFor(coalition, cycle, people, now),
      tasks: {
        completed: taskLines(
          allTasks.filter((task) => task.status === 'done' && task.closedAt && task.closedAt > since),
          people,
        ),
        dueSoon: taskLines(
          allTasks.filter(
            (task) =>
              task.status !== 'done' &&
              task.status !== 'dropped' &&
              task.dueDate !== null &&
              task.dueDate >= today &&
              task.dueDate <= weekAhead,
          ),
          people,
        ),
        overdue: taskLines(
          allTasks.filter((task) => isOverdue(task, today)),
          people,
        ),
      },
      milestones: {
        reached: milestones
          .filter((milestone) => milestone.reachedAt && milestone.reachedAt > since)
          .map((milestone) => ({
            ref: milestoneRef(milestone),
            title: milestone.title,
            goal: goalTitle(milestone.goalId),
            progress: milestone.target,
            target: milestone.target,
          })),
        next: milestones
          .filter((milestone) => milestone.status === 'open')
          .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
          .slice(0, NEXT_MILESTONES)
          .map((milestone) => ({
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

  function privateNotes(cycle: Cycle, people: Map<number, Person>, personIds?: number[]) {
    const privateQuestions = cycle.questions.filter((question) => question.private);
    return repos.responses.listForCycle(cycle.id).flatMap((response) => {
      const person = people.get(response.personId);
      if (!person || (personIds && !personIds.includes(person.id))) return [];
      return privateQuestions.flatMap((question) => {
        const text = response.answers?.[question.key];
        return typeof text === 'string' && text.trim()
          ? [{ userId: person.slackUserId, question: question.prompt, text }]
          : [];
      });
    });
  }

  async function sendPrivateNotes(coalition: Coalition, cycle: Cycle, personIds?: number[]): Promise<void> {
    const people = new Map(repos.people.listByCoalition(coalition.id).map((person) => [person.id, person]));
    const notes = privateNotes(cycle, people, personIds);
    if (notes.length > 0)
      await notifier.privateNotes({
        coordinatorUserIds: roster.coordinatorIds(coalition),
        coalitionChannelId: coalition.channelId,
        cycleDate: cycle.cycleDate,
        notes,
      });
  }

  async function post(coalition: Coalition, cycle: Cycle): Promise<boolean> {
    const now = clock.now();
    const digestId = repos.digests.claim({
      teamId: coalition.teamId,
      coalitionId: coalition.id,
      cycleId: cycle.id,
      channelId: coalition.channelId,
      postedAt: now,
    });
    if (digestId === undefined) return false;
    const since =
      repos.digests.lastPostedBefore(coalition.id, cycle.id) ?? new Date(cycle.opensAt.getTime() - 7 * DAY_MS);
    const { digest, notedMissing } = build(coalition, cycle, now, since);
    let summary: { channelId: string; ts: string | null };
    try {
      summary = await notifier.postSummary(coalition.channelId, digest);
    } catch (error) {
      repos.digests.release(digestId);
      throw error;
    }
    repos.digests.setTs(digestId, summary.ts);
    if (notedMissing) repos.coalitions.noteMissingSectors(coalition.id, now);
    for (const reply of digest.replies) {
      if (repos.digests.claimReply(digestId, reply.person.personId)) await notifier.postReply(summary, reply);
    }
    await notifier.postMoreBlockers(summary, digest.blockers);
    await sendPrivateNotes(coalition, cycle);
    logger.info({ cycleId: cycle.id, answered: digest.answered, expected: digest.expected }, 'digest posted');
    return true;
  }

  function currentCycle(coalition: Coalition): Cycle {
    const cycle = repos.cycles.current(coalition.id, clock.now());
    if (!cycle)
      throw new DomainError(
        'not_found',
        'There is no check-in to make a digest from yet.',
        'Set a schedule with `/coalition schedule weekly mon 09:00`.',
      );
    return cycle;
  }

  return {
    /** After a cycle closes (the outbox's close row), once per cycle. */
    async postForCycle(cycleId: number): Promise<void> {
      const cycle = repos.cycles.findById(cycleId);
      const coalition = cycle && repos.coalitions.findById(cycle.coalitionId);
      if (cycle && coalition) await post(coalition, cycle);
    },

    async postNow(coalition: Coalition, actorUserId: string): Promise<boolean> {
      roster.requireCoordinator(coalition, actorUserId, 'post the digest');
      return post(coalition, currentCycle(coalition));
    },

    preview(coalition: Coalition, actorUserId: string): Digest {
      roster.requireCoordinator(coalition, actorUserId, 'preview the digest');
      const cycle = currentCycle(coalition);
      return build(
        coalition,
        cycle,
        clock.now(),
        repos.digests.lastPostedBefore(coalition.id, cycle.id) ?? new Date(cycle.opensAt.getTime() - 7 * DAY_MS),
      ).digest;
    },

    /** A late answer joins the digest's thread (and its private note reaches the coordinators). */
    async lateAnswer(cycleId: number, personId: number): Promise<void> {
      const posted = repos.digests.forCycle(cycleId);
      const cycle = repos.cycles.findById(cycleId);
      const coalition = cycle && repos.coalitions.findById(cycle.coalitionId);
      const person = repos.people.findById(personId);
      const response = repos.responses.find(cycleId, personId);
      if (!posted?.ts || !cycle || !coalition || !person || response?.status !== 'answered') return;
      if (!repos.digests.claimReply(posted.id, personId)) return;
      const reply = digestReplyFor(
        { person: personOf(person), late: true, answers: publicAnswers(cycle, response.answers) },
        cycle.questions,
      );
      await notifier.postReply({ channelId: posted.channelId, ts: posted.ts }, reply);
      await sendPrivateNotes(coalition, cycle, [personId]);
    },

    async offerHelp(blockerId: number, helperUserId: string): Promise<void> {
      const blocker = repos.blockers.find(blockerId);
      const response = blocker && repos.responses.findById(blocker.responseId);
      const author = blocker && repos.people.findById(blocker.personId);
      const posted = response && repos.digests.forCycle(response.cycleId);
      if (!blocker || !author) throw new DomainError('not_found', 'That blocker no longer exists.');
      if (blocker.resolvedAt) throw new DomainError('conflict', 'Good news: that blocker has already been resolved.');
      if (author.slackUserId === helperUserId)
        throw new DomainError('usage', 'That is your own blocker: mark it resolved when it is.');
      if (!repos.blockers.offer(blockerId, helperUserId, clock.now())) return;
      if (posted?.ts)
        await notifier.helpOffered(
          { channelId: posted.channelId, ts: posted.ts },
          { helperUserId, authorUserId: author.slackUserId, blockerId },
        );
    },

    resolveBlocker(blockerId: number, userId: string): void {
      const blocker = repos.blockers.find(blockerId);
      const author = blocker && repos.people.findById(blocker.personId);
      if (!blocker || !author) throw new DomainError('not_found', 'That blocker no longer exists.');
      if (author.slackUserId !== userId)
        throw new DomainError('forbidden', `Only <@${author.slackUserId}> can mark their blocker resolved.`);
      repos.blockers.resolve(blockerId, clock.now());
    },

    setOverdueNames(coalition: Coalition, actorUserId: string, on: boolean): void {
      roster.requireCoordinator(coalition, actorUserId, 'change how overdue tasks are shown');
      repos.coalitions.setNameOverdueOwners(coalition.id, on);
      recordAudit(
        repos,
        { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now: clock.now() },
        'settings.overdue_names',
        {
          before: { on: coalition.nameOverdueOwners },
          after: { on },
        },
      );
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
