import type { Person } from '../../domain/people.js';
import { statusChangeProblem } from '../../domain/tasks.js';
import type { TaskService } from '../tasks/task-service.js';
import type { TaskUpdates } from './responses.js';

/** Status changes made in the check-in; a missing note comes back keyed `tasknote:<id>` for its field. */
export function taskProblems(tasks: TaskService, person: Person, updates: TaskUpdates): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const task of tasks.openTasksOf(person.id)) {
    const update = updates[task.id];
    if (!update || update.status === task.status) continue;
    const problem = statusChangeProblem({ status: update.status, note: update.note });
    if (problem) errors[`tasknote:${task.id}`] = problem;
  }
  return errors;
}

/** Applies the check-in's status changes; their follow-ups (DMs, celebrations) run after Slack's ack. */
export function applyTaskUpdates(tasks: TaskService, person: Person, updates: TaskUpdates): Array<() => Promise<void>> {
  const followUps: Array<() => Promise<void>> = [];
  for (const task of tasks.openTasksOf(person.id)) {
    const update = updates[task.id];
    if (!update || update.status === task.status) continue;
    followUps.push(
      tasks.changeStatus({
        taskId: task.id,
        actorUserId: person.slackUserId,
        status: update.status,
        note: update.note,
      }).followUp,
    );
  }
  return followUps;
}
