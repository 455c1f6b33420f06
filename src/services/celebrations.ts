import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import { type Goal, goalRef, isReached, type Milestone, milestoneProgress, milestoneRef } from '../domain/goals.js';
import { titledRef } from '../domain/labels.js';
import type { Coalition } from '../domain/people.js';
import { MAX_TITLE } from '../domain/tasks.js';
import type { AppLogger } from '../logger.js';
import { recordAudit } from './audit.js';
import type { CelebrationNotifier } from './ports.js';
import type { PrivacyService } from './privacy.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  roster: RosterService;
  privacy: PrivacyService;
  notifier: CelebrationNotifier;
  clock: Clock;
  logger: AppLogger;
}

const EXAMPLE_MILESTONE = '/coalition milestone add G-1 "20 of 20 schools confirmed" by:2027-03-31 target:20';

export function createGoalService({ repos, roster, privacy, notifier, clock, logger }: Deps) {
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

  /** Posts the shout-out once per milestone, however many updates race to reach it. */
  async function celebrate(coalition: Coalition, reached: Milestone): Promise<void> {
    const celebrationId = repos.celebrations.claim({
      teamId: coalition.teamId,
      coalitionId: coalition.id,
      kind: 'milestone',
      subjectKey: `milestone:${reached.id}`,
      channelId: coalition.channelId,
      at: clock.now(),
    });
    if (celebrationId === undefined) return;
    const owners = new Map<number, { userId: string; organisation: string | null }>();
    for (const task of repos.goals.linkedTasks(reached.id)) {
      const person = repos.people.findById(task.ownerPersonId);
      const organisation = task.organisationId === null ? undefined : repos.organisations.findById(task.organisationId);
      if (person) owners.set(person.id, { userId: person.slackUserId, organisation: organisation?.name ?? null });
    }
    const goalTitle = repos.goals.goalById(reached.goalId)?.title ?? '';
    try {
      const message = await notifier.milestone(coalition.channelId, {
        ref: milestoneRef(reached),
        title: reached.title,
        goal: goalTitle,
        contributors: [...owners.values()],
      });
      repos.celebrations.setMessage(celebrationId, message.ts);
      await notifier.react(message, 'tada');
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'could not post a milestone celebration');
    }
  }

  /** Moves a milestone to its new progress; reaching the target marks it reached and hands back the celebration. */
  function applyProgress(
    coalition: Coalition,
    target: Milestone,
    progress: number,
  ): { milestone: Milestone; celebrate: () => Promise<void> } {
    const updated = repos.goals.setProgress(target.id, progress);
    const reachedNow = isReached(progress, updated.target) && repos.goals.markReached(updated.id, clock.now());
    const latest = repos.goals.milestoneById(updated.id) ?? updated;
    return { milestone: latest, celebrate: reachedNow ? () => celebrate(coalition, latest) : async () => undefined };
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

    overview(coalition: Coalition): Array<{ goal: Goal; milestones: Milestone[] }> {
      const all = repos.goals.listMilestones(coalition.id);
      return repos.goals
        .listGoals(coalition.id)
        .map((item) => ({ goal: item, milestones: all.filter((entry) => entry.goalId === item.id) }));
    },
  };
}

export type GoalService = ReturnType<typeof createGoalService>;
