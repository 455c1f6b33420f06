import { isReached, milestoneProgress, milestoneRef } from '../../domain/goals.js';
import type { Task } from '../../domain/tasks.js';
import type { TaskDm } from '../ports.js';
import type { TaskAccess } from './task-access.js';
import { summarise } from './task-service.js';

/** What the owner's task DM shows now, so every change can redraw it in place. */
export function createTaskDm({ repos, coalitionOf }: Pick<TaskAccess, 'repos' | 'coalitionOf'>) {
  /** The milestone that marking this task done would reach (and so celebrate in the channel), if any. */
  function milestoneReachedByDone(task: Task): TaskDm['completesMilestone'] {
    if (task.milestoneId === null || task.status === 'done') return null;
    const milestone = repos.goals.milestoneById(task.milestoneId);
    if (!milestone || milestone.status === 'reached') return null;
    const linked = repos.goals.linkedTasks(milestone.id);
    const doneOne = linked.some((other) => other.status !== 'done')
      ? [...linked.filter((other) => other.status === 'done'), { status: 'done' }]
      : linked;
    return isReached(milestoneProgress(milestone, doneOne), milestone.target)
      ? { ref: milestoneRef(milestone), title: milestone.title }
      : null;
  }

  function latest(task: Task): { note: string | null; handedBack: boolean } {
    const last = repos.tasks.history(task.id).at(-1);
    if (last?.kind === 'declined') return { note: last.note, handedBack: true };
    return { note: last?.kind === 'status' && last.toStatus === task.status ? last.note : null, handedBack: false };
  }

  return {
    dmFor(task: Task): TaskDm {
      const organisation = task.organisationId === null ? undefined : repos.organisations.findById(task.organisationId);
      const { note, handedBack } = latest(task);
      return {
        task: { ...summarise(task), statusKey: task.status, note },
        handedBack,
        coalitionName: coalitionOf(task).name,
        assignerUserId: task.createdBy,
        organisationName: organisation?.name ?? null,
        completesMilestone: milestoneReachedByDone(task),
      };
    },
  };
}
