import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import type { Cycle } from '../domain/cycles.js';
import type { Digest } from '../domain/digest.js';
import { DomainError } from '../domain/errors.js';
import type { Coalition } from '../domain/people.js';
import { recordAudit } from './audit.js';
import { createDigestBuilder } from './digest-builder.js';
import type { DigestJob } from './digest-job.js';
import type { DigestNotifier } from './ports.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  roster: RosterService;
  /** The digest's durable steps; posting happens through the outbox (see digest-job.ts). */
  job: DigestJob;
  /** Sends a cycle's due outbox rows now, for a digest asked for by a coordinator or a late answer. */
  sendNow: (cycleId: number, now: Date) => Promise<void>;
  notifier: DigestNotifier;
  clock: Clock;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createDigestService({ repos, roster, job, sendNow, notifier, clock }: Deps) {
  const { build } = createDigestBuilder({ repos, roster });

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
    /** Plans the cycle's digest now (the close row would plan the same steps, so it is still posted once). */
    async postNow(coalition: Coalition, actorUserId: string): Promise<boolean> {
      roster.requireCoordinator(coalition, actorUserId, 'post the digest');
      const cycle = currentCycle(coalition);
      const now = clock.now();
      if (!job.plan(cycle.id, now)) return false;
      await sendNow(cycle.id, now);
      return true;
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

    /** A late answer joins the digest's thread at once (its private note goes with the hour's batch). */
    async lateAnswer(cycleId: number, personId: number): Promise<void> {
      const now = clock.now();
      if (job.planLateReply(cycleId, personId, now) !== undefined) await sendNow(cycleId, now);
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
