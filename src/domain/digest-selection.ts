import type { Milestone } from './goals.js';
import { isOverdue, type Task } from './tasks.js';

/**
 * Which tasks, milestones and blockers a digest shows: pure, so the posted digest and its preview choose alike,
 * and choosing never writes anything.
 */

export function selectTasks(tasks: Task[], window: { today: string; weekAhead: string; since: Date }) {
  const open = (task: Task) => task.status !== 'done' && task.status !== 'dropped';
  return {
    completed: tasks.filter((task) => task.status === 'done' && task.closedAt !== null && task.closedAt > window.since),
    dueSoon: tasks.filter(
      (task) => open(task) && task.dueDate !== null && task.dueDate >= window.today && task.dueDate <= window.weekAhead,
    ),
    overdue: tasks.filter((task) => isOverdue(task, window.today)),
  };
}

export function selectMilestones(milestones: Milestone[], since: Date, nextCount: number) {
  return {
    reached: milestones.filter((milestone) => milestone.reachedAt !== null && milestone.reachedAt > since),
    next: milestones
      .filter((milestone) => milestone.status === 'open')
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
      .slice(0, nextCount),
  };
}

export interface BlockerAnswer {
  responseId: number;
  personId: number;
  /** The answer to the blockers question, '' when there was none. */
  text: string;
}

export interface RecordedBlocker {
  id: number;
  responseId: number;
  personId: number;
}

/** What posting a digest records: this cycle's blockers to track, and the people whose earlier ones are cleared. */
export function blockerBookkeeping(answers: BlockerAnswer[]) {
  return {
    toTrack: answers.filter((answer) => answer.text.trim() !== ''),
    clearedPersonIds: answers.filter((answer) => answer.text.trim() === '').map((answer) => answer.personId),
  };
}

/**
 * The blockers a digest shows, as they will be once this cycle is recorded: the open ones, minus those whose
 * authors answered this cycle without a blocker, plus this cycle's not yet recorded (id 0: nothing to offer on).
 */
export function selectBlockers(open: RecordedBlocker[], thisCycle: BlockerAnswer[]): RecordedBlocker[] {
  const { toTrack, clearedPersonIds } = blockerBookkeeping(thisCycle);
  const cleared = new Set(clearedPersonIds);
  const recorded = new Set(open.map((blocker) => blocker.responseId));
  return [
    ...open.filter((blocker) => !cleared.has(blocker.personId)),
    ...toTrack
      .filter((answer) => !recorded.has(answer.responseId))
      .map((answer) => ({ id: 0, responseId: answer.responseId, personId: answer.personId })),
  ];
}
