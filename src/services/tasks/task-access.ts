import { DomainError } from '../../domain/errors.js';
import { titledRef } from '../../domain/labels.js';
import { localDate } from '../../domain/local-time.js';
import type { Coalition, Person } from '../../domain/people.js';
import { isOverdue, type Task, taskRef } from '../../domain/tasks.js';
import type { TaskServiceDeps, TaskView } from './task-service.js';

/** What every task use case shares: who may act, which task, what day it is, and quiet notification. */
export function createTaskAccess({
  repos,
  roster,
  privacy,
  milestones,
  notifier,
  outbox,
  clock,
  logger,
}: TaskServiceDeps) {
  /** The outbox row of a task DM, planned inside the transaction of the change it tells about. */
  function planDm(
    task: Task,
    kind: 'task_owner' | 'task_blocked' | 'task_declined',
    refs: Record<string, number | string>,
  ) {
    const eventId = repos.tasks.history(task.id).at(-1)?.id ?? 0;
    return outbox.plan({
      teamId: task.teamId,
      coalitionId: task.coalitionId,
      kind,
      dedupeKey: `${kind}:${task.id}:${eventId}`,
      refs: { taskId: task.id, eventId, ...refs },
      dueAt: clock.now(),
    });
  }

  /** Sends a change's DM now, after Slack's request was acknowledged; the outbox retries it if this fails. */
  const sendNow = (rowId: number | undefined) => outbox.sendNow([rowId], clock.now());

  const guard = (coalition: Coalition, userId: string, fields: Record<string, string | undefined>) =>
    privacy.guard(fields, { teamId: coalition.teamId, coalition, userId, surface: 'task' });

  const today = (coalition: Coalition) => localDate(clock.now(), coalition.timezone);

  function owner(coalition: Coalition, userId: string): Person {
    const person = repos.people.find(coalition.id, userId);
    if (person?.active) return person;
    throw new DomainError(
      'not_found',
      `<@${userId}> is not on this coalition’s roster yet.`,
      'Add them first with `/coalition partner @name org:"Organisation" sector:education`.',
    );
  }

  function milestoneIdOf(coalition: Coalition, number: number): number {
    const milestone = repos.goals.milestoneByNumber(coalition.id, number);
    if (!milestone)
      throw new DomainError('not_found', `There is no milestone M-${number}.`, 'See them with `/coalition goals`.');
    return milestone.id;
  }

  function taskIn(coalition: Coalition, number: number): Task {
    const task = repos.tasks.findByNumber(coalition.id, number);
    if (task) return task;
    throw new DomainError(
      'not_found',
      `There is no task T-${number} in this coalition.`,
      'See the list with `/coalition tasks all`.',
    );
  }

  function coalitionOf(task: Task): Coalition {
    const coalition = repos.coalitions.findById(task.coalitionId);
    if (!coalition) throw new DomainError('not_found', 'That task’s coalition no longer exists.');
    return coalition;
  }

  function requireOwnerOrCoordinator(coalition: Coalition, task: Task, actorUserId: string): void {
    const actor = repos.people.find(coalition.id, actorUserId);
    if (actor?.active && (actor.id === task.ownerPersonId || actor.role === 'coordinator')) return;
    const ownerId = repos.people.findById(task.ownerPersonId)?.slackUserId;
    throw new DomainError(
      'forbidden',
      `Only the task’s owner${ownerId ? ` (<@${ownerId}>)` : ''} or a coordinator can update ${titledRef(taskRef(task), task.title)}.`,
    );
  }

  function view(task: Task, day: string): TaskView {
    const person = repos.people.findById(task.ownerPersonId);
    const organisation = task.organisationId === null ? undefined : repos.organisations.findById(task.organisationId);
    return {
      task,
      ownerUserId: person?.slackUserId ?? '',
      organisationName: organisation?.name ?? null,
      overdue: isOverdue(task, day),
    };
  }

  async function notify(what: string, send: () => Promise<void>): Promise<boolean> {
    try {
      await send();
      return true;
    } catch (error) {
      logger.warn({ what, err: (error as Error).message }, 'could not send a task message');
      return false;
    }
  }

  return {
    guard,
    today,
    owner,
    milestoneIdOf,
    taskIn,
    coalitionOf,
    requireOwnerOrCoordinator,
    view,
    notify,
    planDm,
    sendNow,
    repos,
    roster,
    milestones,
    notifier,
    clock,
  };
}

export type TaskAccess = ReturnType<typeof createTaskAccess>;
