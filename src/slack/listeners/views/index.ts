import { FRIENDLY_NOTE, GOAL_VIEWS, TASK_VIEWS, VIEWS } from '../../ids.js';
import type { ListenerTable } from '../../listener-table.js';
import type { ListenerDeps } from '../deps.js';
import { createAwaySubmit } from './away-submit.js';
import { createCheckinSubmit } from './checkin-submit.js';
import { createFriendlyNoteSubmit } from './friendly-note-submit.js';
import { createGoalSubmit } from './goal-submit.js';
import { createMilestoneSubmit } from './milestone-submit.js';
import { createProfileSubmit } from './profile-submit.js';
import { createScheduleSubmit } from './schedule-submit.js';
import { createTaskAssignSubmit } from './task-assign-submit.js';
import { createTaskNoteSubmit } from './task-note-submit.js';

export function registerViews(views: ListenerTable, deps: ListenerDeps): void {
  views.on(VIEWS.profile, createProfileSubmit(deps));
  views.on(VIEWS.checkin, createCheckinSubmit(deps));
  views.on(VIEWS.away, createAwaySubmit(deps));
  views.on(VIEWS.schedule, createScheduleSubmit(deps));
  views.on(TASK_VIEWS.note, createTaskNoteSubmit(deps));
  views.on(TASK_VIEWS.decline, createTaskNoteSubmit(deps));
  views.on(TASK_VIEWS.assign, createTaskAssignSubmit(deps));
  views.on(GOAL_VIEWS.goal, createGoalSubmit(deps));
  views.on(GOAL_VIEWS.milestone, createMilestoneSubmit(deps));
  views.on(FRIENDLY_NOTE.view, createFriendlyNoteSubmit(deps));
}
