import { type MaskedRate, maskedCount, maskedRate } from './groups.js';
import type { Period } from './period.js';
import { inSectorOrder } from './sectors.js';

export interface TaskRecord {
  ownerPersonId: number;
  sector: string | null;
  status: string;
  dueDate: string | null;
  /** The coalition-calendar date the task was marked done, when it is done. */
  completedOn: string | null;
}

export interface TaskFigures {
  completed: number | undefined;
  overdue: number | undefined;
  /** Completed by their due date, over completed tasks that had one. */
  onTime: MaskedRate;
}

export interface SectorTasks extends TaskFigures {
  sector: string | null;
}

const CLOSED = new Set(['done', 'dropped']);

function isOverdueOn(task: TaskRecord, today: string): boolean {
  return !CLOSED.has(task.status) && task.dueDate !== null && task.dueDate < today;
}

function figures(tasks: TaskRecord[], period: Period, today: string): TaskFigures {
  const owners = new Set(tasks.map((task) => task.ownerPersonId)).size;
  const completed = tasks.filter(
    (task) =>
      task.status === 'done' &&
      task.completedOn !== null &&
      task.completedOn >= period.fromDate &&
      task.completedOn <= period.toDate,
  );
  const withDue = completed.filter((task) => task.dueDate !== null);
  const onTime = withDue.filter((task) => (task.completedOn ?? '') <= (task.dueDate ?? '')).length;
  const dueOwners = new Set(withDue.map((task) => task.ownerPersonId)).size;
  return {
    completed: maskedCount(completed.length, owners),
    overdue: maskedCount(tasks.filter((task) => isOverdueOn(task, today)).length, owners),
    onTime: maskedRate(onTime, withDue.length, dueOwners),
  };
}

/**
 * Tasks completed in the period, overdue today and the on-time rate, overall and by the owner's sector.
 * A sector whose tasks are held by fewer than three people shows no figures: they would be about those people.
 */
export function taskInsights(
  tasks: TaskRecord[],
  period: Period,
  today: string,
): { overall: TaskFigures; bySector: SectorTasks[] } {
  const groups = new Map<string | null, TaskRecord[]>();
  for (const task of tasks) groups.set(task.sector, [...(groups.get(task.sector) ?? []), task]);
  return {
    overall: figures(tasks, period, today),
    bySector: inSectorOrder(groups.entries(), ([sector]) => sector).map(([sector, group]) => ({
      sector,
      ...figures(group, period, today),
    })),
  };
}
