import { describe, expect, it } from 'vitest';
import {
  isOverdue,
  needsReminder,
  parseTaskRef,
  reminderStageOn,
  sortForDisplay,
  statusChangeProblem,
  type TaskStatus,
} from '../../../src/domain/tasks.js';

describe('tasks', () => {
  it.each([
    ['T-42', 42],
    ['t42', 42],
    ['42', 42],
    ['T-', undefined],
    ['task 4', undefined],
  ])('reads the reference %j', (text, expected) => {
    expect(parseTaskRef(text)).toBe(expected);
  });

  it.each([
    ['three days before', '2026-12-02', undefined],
    ['two days before', '2026-12-03', '2026-12-03'],
    ['on the due date (still the two-day stage)', '2026-12-05', '2026-12-03'],
    ['the day it becomes overdue', '2026-12-06', '2026-12-06'],
    ['six days overdue', '2026-12-12', '2026-12-06'],
    ['a week after it became overdue', '2026-12-13', '2026-12-13'],
    ['two weeks after', '2026-12-20', '2026-12-20'],
  ])('a task due 5 Dec, %s, is at stage %s', (_name, today, stage) => {
    expect(reminderStageOn('2026-12-05', today)).toBe(stage);
  });

  it.each([
    ['never reminded, at the two-day stage', null, '2026-12-03', true],
    ['reminded at this stage already', '2026-12-03', '2026-12-04', false],
    ['a weekend delayed the stage to Monday', null, '2026-12-07', true],
    ['reminded two days before, now overdue', '2026-12-03', '2026-12-06', true],
  ])('needs a reminder when %s: %s', (_name, lastRemindedOn, today, expected) => {
    expect(needsReminder({ status: 'on_track', dueDate: '2026-12-05', lastRemindedOn }, today)).toBe(expected);
  });

  it('never reminds about closed or undated tasks', () => {
    expect(needsReminder({ status: 'done', dueDate: '2026-12-05', lastRemindedOn: null }, '2026-12-06')).toBe(false);
    expect(needsReminder({ status: 'on_track', dueDate: null, lastRemindedOn: null }, '2026-12-06')).toBe(false);
  });

  it('puts overdue first, then by due date, undated last', () => {
    const list = [
      { number: 1, dueDate: null, status: 'on_track' as TaskStatus },
      { number: 2, dueDate: '2026-12-20', status: 'on_track' as TaskStatus },
      { number: 3, dueDate: '2026-11-20', status: 'at_risk' as TaskStatus },
      { number: 4, dueDate: '2026-12-01', status: 'not_started' as TaskStatus },
    ];
    expect(sortForDisplay(list, '2026-11-24').map((task) => task.number)).toEqual([3, 4, 2, 1]);
    expect(isOverdue({ status: 'done', dueDate: '2026-11-20' }, '2026-11-24')).toBe(false);
  });

  it.each([
    ['on track with no note', 'on_track', null, undefined],
    ['blocked with no note', 'blocked', '  ', /why it is blocked/],
    ['at risk with a note', 'at_risk', 'Venue fell through', undefined],
    ['dropped with no note', 'dropped', null, /why it is dropped/],
    ['a note that is far too long', 'done', 'x'.repeat(501), /under 500/],
  ])('checks a change to %s', (_name, status, note, problem) => {
    const result = statusChangeProblem({ status: status as TaskStatus, note });
    if (problem === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(problem);
  });
});
