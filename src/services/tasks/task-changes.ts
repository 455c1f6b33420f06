import { DomainError } from '../../domain/errors.js';
import { titledRef } from '../../domain/labels.js';
import { MAX_NOTE, statusChangeProblem, type Task, type TaskStatus, taskRef } from '../../domain/tasks.js';
import { recordAudit } from '../audit.js';
import type { TaskAccess } from './task-access.js';
import { createTaskDm } from './task-dm.js';

/** Status changes and hand-backs: owners their own tasks, coordinators any, with history and audit. */
export function createTaskChanges(access: TaskAccess) {
  const { repos, notifier, clock, milestones, guard, coalitionOf, requireOwnerOrCoordinator, notify, planDm, sendNow } =
    access;
  const { dmFor } = createTaskDm(access);

  /** The owner's DM shows every change, wherever it was made (a list, the Home tab, a check-in, a command). */
  async function redrawOwnerDm(task: Task): Promise<void> {
    const message = repos.tasks.ownerDm(task.id);
    if (message) await notify('redraw', () => notifier.redrawOwnerDm(message, dmFor(task)));
  }

  return {
    /** Owners update their own tasks; coordinators any. A note is required for at risk, blocked and dropped. */
    changeStatus(input: {
      taskId: number;
      actorUserId: string;
      status: TaskStatus;
      note?: string | null;
      /** The change came from the owner's DM, which its listener redraws itself. */
      fromOwnerDm?: boolean;
    }): {
      task: Task;
      followUp: () => Promise<void>;
    } {
      const task = repos.tasks.findById(input.taskId);
      if (!task) throw new DomainError('not_found', 'That task no longer exists.');
      const coalition = coalitionOf(task);
      requireOwnerOrCoordinator(coalition, task, input.actorUserId);
      const note = input.note?.trim() || null;
      const problem = statusChangeProblem({ status: input.status, note });
      if (problem) throw new DomainError('invalid_input', problem);
      guard(coalition, input.actorUserId, { note: note ?? undefined });
      if (task.status === input.status && !note) return { task, followUp: async () => undefined };
      const now = clock.now();
      const tellsAssigner = input.status === 'blocked' && task.createdBy !== input.actorUserId;
      // The change, what it means for its milestone (a celebration) and the assigner's DM commit together.
      const { updated, celebrate, rowId } = repos.transaction(() => {
        const changed = repos.tasks.update(
          task,
          { status: input.status },
          { actorUserId: input.actorUserId, kind: 'status', fromStatus: task.status, toStatus: input.status, note },
          now,
        );
        return {
          updated: changed,
          celebrate: milestones?.taskChanged(changed) ?? (async () => undefined),
          rowId: tellsAssigner ? planDm(changed, 'task_blocked', {}) : undefined,
        };
      });
      recordAudit(
        repos,
        { teamId: task.teamId, coalitionId: task.coalitionId, actorUserId: input.actorUserId, now },
        'task.status_changed',
        {
          subject: taskRef(task),
          before: { status: task.status },
          after: { status: input.status },
        },
      );
      const followUp = async () => {
        if (!input.fromOwnerDm) await redrawOwnerDm(updated);
        await celebrate();
        await sendNow(rowId);
      };
      return { task: updated, followUp };
    },

    decline(input: { taskId: number; actorUserId: string; reason: string }): {
      task: Task;
      notify: () => Promise<boolean>;
    } {
      const task = repos.tasks.findById(input.taskId);
      if (!task) throw new DomainError('not_found', 'That task no longer exists.');
      const coalition = coalitionOf(task);
      const actor = repos.people.find(coalition.id, input.actorUserId);
      if (actor?.id !== task.ownerPersonId)
        throw new DomainError(
          'forbidden',
          `Only the task’s owner can hand ${titledRef(taskRef(task), task.title)} back.`,
        );
      const reason = input.reason.trim();
      if (reason.length === 0 || reason.length > MAX_NOTE)
        throw new DomainError(
          'invalid_input',
          `Please say briefly why (up to ${MAX_NOTE} characters), so the coordinator can find someone else.`,
        );
      guard(coalition, input.actorUserId, { reason });
      const now = clock.now();
      const { updated, rowId } = repos.transaction(() => {
        const changed = repos.tasks.update(
          task,
          {},
          {
            actorUserId: input.actorUserId,
            kind: 'declined',
            fromStatus: task.status,
            toStatus: task.status,
            note: reason,
          },
          now,
        );
        return { updated: changed, rowId: planDm(changed, 'task_declined', {}) };
      });
      recordAudit(
        repos,
        { teamId: task.teamId, coalitionId: task.coalitionId, actorUserId: input.actorUserId, now },
        'task.declined',
        { subject: taskRef(task) },
      );
      const notifyCoordinator = async () => {
        await redrawOwnerDm(updated);
        return sendNow(rowId);
      };
      return { task: updated, notify: notifyCoordinator };
    },
  };
}
