import { DomainError } from '../../domain/errors.js';
import type { Coalition } from '../../domain/people.js';
import { sectorOf } from '../../domain/roster.js';
import { isOverdue, sortForDisplay, type Task, type TaskEvent } from '../../domain/tasks.js';
import type { TaskAccess } from './task-access.js';
import type { TaskFilter, TaskView } from './task-service.js';

/** Reading tasks: lists, one task with its history, and the check before a note form opens. */
export function createTaskQueries({ repos, today, taskIn, coalitionOf, requireOwnerOrCoordinator, view }: TaskAccess) {
  return {
    /** The task, if this person may update it (for opening a note form before the change). */
    editable(taskId: number, actorUserId: string): Task {
      const task = repos.tasks.findById(taskId);
      if (!task) throw new DomainError('not_found', 'That task no longer exists.');
      requireOwnerOrCoordinator(coalitionOf(task), task, actorUserId);
      return task;
    },

    /** For `/coalition done T-42` and friends: the task in this coalition by its number. */
    numbered(coalition: Coalition, number: number): Task {
      return taskIn(coalition, number);
    },

    list(coalition: Coalition, actorUserId: string, filter: TaskFilter): TaskView[] {
      const day = today(coalition);
      const open = repos.tasks.listByCoalition(coalition.id, { openOnly: true });
      // Only the owner and sector filters need the whole roster: `/coalition tasks` alone should not read it.
      const byOwner = filter.kind === 'owner' || filter.kind === 'sector';
      const people = new Map(byOwner ? repos.people.listByCoalition(coalition.id).map((p) => [p.id, p]) : []);
      const organisations = new Map(
        filter.kind === 'sector' ? repos.organisations.listByCoalition(coalition.id).map((o) => [o.id, o]) : [],
      );
      const me = filter.kind === 'mine' ? repos.people.find(coalition.id, actorUserId) : undefined;
      const matches = (task: Task): boolean => {
        const person = people.get(task.ownerPersonId);
        switch (filter.kind) {
          case 'mine':
            return task.ownerPersonId === me?.id;
          case 'all':
            return true;
          case 'overdue':
            return isOverdue(task, day);
          case 'owner':
            return person?.slackUserId === filter.userId;
          case 'sector':
            return (
              person !== undefined &&
              sectorOf(person, task.organisationId === null ? undefined : organisations.get(task.organisationId)) ===
                filter.sector
            );
        }
      };
      return sortForDisplay(open.filter(matches), day).map((task) => view(task, day));
    },

    openTasksOf(personId: number): Task[] {
      return repos.tasks.listOpenByOwner(personId);
    },

    detail(coalition: Coalition, number: number): { view: TaskView; history: TaskEvent[] } {
      const task = taskIn(coalition, number);
      return { view: view(task, today(coalition)), history: repos.tasks.history(task.id) };
    },
  };
}
