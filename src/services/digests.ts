import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import type { Cycle } from '../domain/cycles.js';
import { type Digest, digestReplyFor } from '../domain/digest.js';
import { DomainError } from '../domain/errors.js';
import type { Coalition, Person } from '../domain/people.js';
import type { AppLogger } from '../logger.js';
import { recordAudit } from './audit.js';
import { createDigestBuilder } from './digest-builder.js';
import type { DigestNotifier } from './ports.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  roster: RosterService;
  notifier: DigestNotifier;
  clock: Clock;
  logger: AppLogger;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createDigestService({ repos, roster, notifier, clock, logger }: Deps) {
  const { build, recordBlockers, personOf, publicAnswers } = createDigestBuilder({ repos, roster });

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
    recordBlockers(coalition, cycle, now);
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

  /** The most recent cycle someone has answered: a digest of an occurrence nobody answered yet says nothing. */
  function currentCycle(coalition: Coalition): Cycle {
    const cycle = repos.cycles.latestAnswered(coalition.id);
    if (!cycle)
      throw new DomainError(
        'not_found',
        'Nobody has answered a check-in yet, so there is no digest to post.',
        'The digest posts itself when a check-in closes; `/coalition schedule show` says when the next one is.',
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
