import type { App } from '@slack/bolt';
import { FRIENDLY_NOTE, GOAL_VIEWS, TASK_VIEWS, VIEWS } from '../../ids.js';
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

export function registerViews(app: App, deps: ListenerDeps): void {
  app.view(VIEWS.profile, createProfileSubmit(deps));
  app.view(VIEWS.checkin, createCheckinSubmit(deps));
  app.view(VIEWS.away, createAwaySubmit(deps));
  app.view(VIEWS.schedule, createScheduleSubmit(deps));
  app.view(TASK_VIEWS.note, createTaskNoteSubmit(deps));
  app.view(TASK_VIEWS.decline, createTaskNoteSubmit(deps));
  app.view(TASK_VIEWS.assign, createTaskAssignSubmit(deps));
  app.view(GOAL_VIEWS.goal, createGoalSubmit(deps));
  app.view(GOAL_VIEWS.milestone, createMilestoneSubmit(deps));
  app.view(FRIENDLY_NOTE.view, createFriendlyNoteSubmit(deps));
}
