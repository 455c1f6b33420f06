export interface Goal {
  id: number;
  teamId: string;
  coalitionId: number;
  number: number;
  title: string;
  createdBy: string;
  createdAt: Date;
}

export interface Milestone {
  id: number;
  teamId: string;
  coalitionId: number;
  goalId: number;
  number: number;
  title: string;
  target: number;
  progress: number;
  dueDate: string | null;
  status: 'open' | 'reached';
  reachedAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

export const goalRef = (goal: Pick<Goal, 'number'>) => `G-${goal.number}`;
export const milestoneRef = (milestone: Pick<Milestone, 'number'>) => `M-${milestone.number}`;

/** "M-3", "m3" or "3". */
export function parseRef(prefix: 'G' | 'M', text: string): number | undefined {
  const match = new RegExp(`^(?:${prefix}-?)?(\\d{1,6})$`, 'i').exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** Progress from linked tasks when there are any (each done task counts one), else the manual figure. */
export function milestoneProgress(
  milestone: Pick<Milestone, 'progress'>,
  linkedTasks: Array<{ status: string }>,
): number {
  return linkedTasks.length > 0 ? linkedTasks.filter((task) => task.status === 'done').length : milestone.progress;
}

export function isReached(progress: number, target: number): boolean {
  return progress >= target;
}
