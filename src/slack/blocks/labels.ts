import { type Goal, goalRef, type Milestone, milestoneRef } from '../../domain/goals.js';
import { type Task, taskRef } from '../../domain/tasks.js';
import { escapeMrkdwn } from './elements.js';

/** An id never stands alone: `*M-1 · 20 schools confirmed*`, so people know what it is without looking it up. */
function titled(ref: string, title: string): string {
  return `*${ref} · ${escapeMrkdwn(title)}*`;
}

export const taskLabel = (task: Pick<Task, 'number' | 'title'>) => titled(taskRef(task), task.title);
export const milestoneLabel = (milestone: Pick<Milestone, 'number' | 'title'>) =>
  titled(milestoneRef(milestone), milestone.title);
export const goalLabel = (goal: Pick<Goal, 'number' | 'title'>) => titled(goalRef(goal), goal.title);
