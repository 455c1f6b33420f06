import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import { type Goal, goalRef, isReached, type Milestone, milestoneProgress, milestoneRef } from '../domain/goals.js';
import { titledRef } from '../domain/labels.js';
import type { Coalition } from '../domain/people.js';
import { MAX_TITLE } from '../domain/tasks.js';
import { recordAudit } from './audit.js';
import type { MessageOutbox } from './message-outbox.js';
import type { PrivacyService } from './privacy.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  roster: RosterService;
  privacy: PrivacyService;
  outbox: Pick<MessageOutbox, 'plan' | 'sendNow'>;
  clock: Clock;
}

const EXAMPLE_MILESTONE = '/coalition milestone add G-1 "20 of 20 schools confirmed" by:2027-03-31 target:20';

export function createGoalService({ repos, roster, privacy, outbox, clock }: Deps) {
  const audit = (coalition: Coalition, actorUserId: string, action: string, subject: string) =>
    recordAudit(repos, { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now: clock.now() }, action, {
      subject,
    });

  function checkTitle(coalition: Coalition, actorUserId: string, title: string, surface: string): string {
    const clean = title.trim();
    if (clean.length < 3 || clean.length > MAX_TITLE)
      throw new DomainError('usage', `Please give it a title of 3 to ${MAX_TITLE} characters, in quotes.`);
    privacy.guard({ title: clean }, { teamId: coalition.teamId, coalition, userId: actorUserId, surface });
    return clean;
  }

  function goal(coalition: Coalition, number: number): Goal {
    const found = repos.goals.goalByNumber(coalition.id, number);
    if (!found)
      throw new DomainError('not_found', `There is no goal G-${number}.`, 'See the goals with `/coalition goals`.');
    return found;
  }

  function milestone(coalition: Coalition, number: number): Milestone {
    const found = repos.goals.milestoneByNumber(coalition.id, number);
    if (!found)
      throw new DomainError('not_found', `There is no milestone M-${number}.`, 'See them with `/coalition goals`.');
    return found;
  }

  /**
   * Reaching a milestone, its celebration and the outbox row that posts it are one transaction, so the shout-out
   * is posted once however many updates race to reach it, and a crash before the post still leaves it to send.
   */
  function applyProgress(
    coalition: Coalition,
    target: Milestone,
    progress: number,
  ): { milestone: Milestone; celebrate: () => Promise<void> } {
    const now = clock.now();
    const rowId = repos.transaction(() => {
      const updated = repos.goals.setProgress(target.id, progress);
      if (!isReached(progress, updated.target) || !repos.goals.markReached(updated.id, now)) return undefined;
      const celebrationId = repos.celebrations.claim({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        kind: 'milestone',
        subjectKey: `milestone:${updated.id}`,
        channelId: coalition.channelId,
        at: now,
      });
      if (celebrationId === undefined) return undefined;
      return outbox.plan({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        kind: 'celebration',
        dedupeKey: `celebration:${celebrationId}`,
        refs: { celebrationId, milestoneId: updated.id },
        dueAt: now,
      });
    });
    const latest = repos.goals.milestoneById(target.id) ?? target;
    return {
      milestone: latest,
      celebrate: async () => void (rowId === undefined ? undefined : await outbox.sendNow([rowId], clock.now())),
    };
  }

  return {
    addGoal(coalition: Coalition, actorUserId: string, title: string): Goal {
      roster.requireCoordinator(coalition, actorUserId, 'add goals');
      const created = repos.goals.createGoal(
        {
          teamId: coalition.teamId,
          coalitionId: coalition.id,
          title: checkTitle(coalition, actorUserId, title, 'goal'),
          createdBy: actorUserId,
        },
        clock.now(),
      );
      audit(coalition, actorUserId, 'goal.added', goalRef(created));
      return created;
    },

    addMilestone(
      coalition: Coalition,
      actorUserId: string,
      input: { goalNumber: number; title: string; dueDate: string | null; target: number },
    ): Milestone {
      roster.requireCoordinator(coalition, actorUserId, 'add milestones');
      if (!Number.isInteger(input.target) || input.target < 1 || input.target > 100_000)
        throw new DomainError(
          'usage',
          'The target is a whole number, like target:20.',
          `Example: \`${EXAMPLE_MILESTONE}\``,
        );
      const parent = goal(coalition, input.goalNumber);
      const created = repos.goals.createMilestone(
        {
          teamId: coalition.teamId,
          coalitionId: coalition.id,
          goalId: parent.id,
          title: checkTitle(coalition, actorUserId, input.title, 'milestone'),
          target: input.target,
          dueDate: input.dueDate,
          createdBy: actorUserId,
        },
        clock.now(),
      );
      audit(coalition, actorUserId, 'milestone.added', milestoneRef(created));
      return created;
    },

    setProgress(coalition: Coalition, actorUserId: string, number: number, progress: number) {
      roster.requireCoordinator(coalition, actorUserId, 'update milestones');
      if (!Number.isInteger(progress) || progress < 0)
        throw new DomainError('usage', 'Progress is a whole number, like `/coalition milestone progress M-3 14`.');
      const target = milestone(coalition, number);
      if (repos.goals.linkedTasks(target.id).length > 0) {
        throw new DomainError(
          'conflict',
          `${titledRef(milestoneRef(target), target.title)} counts its linked tasks as they are done, so its progress moves by itself.`,
        );
      }
      audit(coalition, actorUserId, 'milestone.progress', milestoneRef(target));
      return applyProgress(coalition, target, progress);
    },

    markDone(coalition: Coalition, actorUserId: string, number: number) {
      roster.requireCoordinator(coalition, actorUserId, 'update milestones');
      const target = milestone(coalition, number);
      audit(coalition, actorUserId, 'milestone.done', milestoneRef(target));
      return applyProgress(coalition, target, Math.max(target.progress, target.target));
    },

    milestoneFor(coalition: Coalition, number: number): Milestone {
      return milestone(coalition, number);
    },

    /** Called when a task linked to a milestone changes: its progress follows the linked tasks. */
    taskChanged(task: { milestoneId: number | null; coalitionId: number }): () => Promise<void> {
      if (task.milestoneId === null) return async () => undefined;
      const coalition = repos.coalitions.findById(task.coalitionId);
      const target = repos.goals.milestoneById(task.milestoneId);
      if (!coalition || !target || target.status === 'reached') return async () => undefined;
      return applyProgress(coalition, target, milestoneProgress(target, repos.goals.linkedTasks(target.id))).celebrate;
    },

    /** The goals a coordinator can add a milestone to, for the form; with none yet there is nothing to offer. */
    goalsForNewMilestone(coalition: Coalition, actorUserId: string): Goal[] {
      roster.requireCoordinator(coalition, actorUserId, 'add milestones');
      const goals = repos.goals.listGoals(coalition.id);
      if (goals.length === 0)
        throw new DomainError(
          'not_found',
          'Add a goal first: milestones belong to a goal.',
          'Example: `/coalition goal add "Every school has a named safeguarding lead"`',
        );
      return goals;
    },

    overview(coalition: Coalition): Array<{ goal: Goal; milestones: Milestone[] }> {
      const all = repos.goals.listMilestones(coalition.id);
      return repos.goals
        .listGoals(coalition.id)
        .map((item) => ({ goal: item, milestones: all.filter((entry) => entry.goalId === item.id) }));
    },
  };
}

export type GoalService = ReturnType<typeof createGoalService>;
