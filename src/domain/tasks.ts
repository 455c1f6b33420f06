import { DateTime } from 'luxon';

export const TASK_STATUSES = ['not_started', 'on_track', 'at_risk', 'blocked', 'done', 'dropped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  blocked: 'Blocked',
  done: 'Done',
  dropped: 'Dropped',
};

/** Saying why is what makes a status useful to the rest of the coalition. */
export const NOTE_REQUIRED: ReadonlySet<TaskStatus> = new Set(['at_risk', 'blocked', 'dropped']);
const CLOSED: ReadonlySet<TaskStatus> = new Set(['done', 'dropped']);

export interface Task {
  id: number;
  teamId: string;
  coalitionId: number;
  number: number;
  title: string;
  ownerPersonId: number;
  organisationId: number | null;
  dueDate: string | null;
  notes: string | null;
  status: TaskStatus;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  lastRemindedOn: string | null;
  milestoneId: number | null;
}

export interface TaskEvent {
  id: number;
  taskId: number;
  actorUserId: string;
  kind: 'created' | 'status' | 'reassigned' | 'declined';
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  at: Date;
}

export const MAX_TITLE = 150;
export const MAX_NOTE = 500;

export function taskRef(task: Pick<Task, 'number'>): string {
  return `T-${task.number}`;
}

/** "T-42", "t42" or "42" → 42. */
export function parseTaskRef(text: string): number | undefined {
  const match = /^(?:t-?)?(\d{1,6})$/i.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

export function isOpen(task: Pick<Task, 'status'>): boolean {
  return !CLOSED.has(task.status);
}

export function isOverdue(task: Pick<Task, 'status' | 'dueDate'>, today: string): boolean {
  return isOpen(task) && task.dueDate !== null && task.dueDate < today;
}

/** Reminders: two days before the due date, the day it becomes overdue, then weekly while it stays open. */
export function reminderStageOn(dueDate: string, today: string): string | undefined {
  const due = DateTime.fromISO(dueDate, { zone: 'UTC' });
  const now = DateTime.fromISO(today, { zone: 'UTC' });
  const twoBefore = due.minus({ days: 2 });
  const overdueDay = due.plus({ days: 1 });
  if (now < twoBefore) return undefined;
  if (now < overdueDay) return twoBefore.toISODate() ?? undefined;
  const weeksLate = Math.floor(now.diff(overdueDay, 'days').days / 7);
  return overdueDay.plus({ weeks: weeksLate }).toISODate() ?? undefined;
}

/**
 * "The owner's local morning": due-date reminders go from this time on, on a day and at an hour the coalition's
 * quiet hours allow. The heartbeat sends them (services/tasks/due-reminders.ts) and the sandbox names them ahead.
 */
export const TASK_REMINDER_TIME = '09:00';

/** Due a reminder today when the latest stage reached has not been reminded yet (a weekend only delays it). */
export function needsReminder(task: Pick<Task, 'status' | 'dueDate' | 'lastRemindedOn'>, today: string): boolean {
  if (!isOpen(task) || !task.dueDate) return false;
  const stage = reminderStageOn(task.dueDate, today);
  return stage !== undefined && (task.lastRemindedOn === null || task.lastRemindedOn < stage);
}

/** Overdue first, then by due date (undated last), then by number: what needs attention comes first. */
export function sortForDisplay<T extends Pick<Task, 'dueDate' | 'number' | 'status'>>(list: T[], today: string): T[] {
  return [...list].sort((a, b) => {
    const overdue = Number(isOverdue(b, today)) - Number(isOverdue(a, today));
    if (overdue !== 0) return overdue;
    const due = (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
    return due !== 0 ? due : a.number - b.number;
  });
}

export interface StatusChange {
  status: TaskStatus;
  note: string | null;
}

/** Checks a status change on its own terms; returns the problem in plain words, or undefined when it is fine. */
export function statusChangeProblem(change: StatusChange): string | undefined {
  const note = change.note?.trim() ?? '';
  if (NOTE_REQUIRED.has(change.status) && note === '')
    return `Please add a short note to say why it is ${STATUS_LABELS[change.status].toLowerCase()}.`;
  if (note.length > MAX_NOTE) return `Please keep the note under ${MAX_NOTE} characters.`;
  return undefined;
}
