import type { App } from '@slack/bolt';
import { ACTIONS, DIGEST_ACTIONS, PRIVACY_ACTIONS, TASK_ACTIONS } from '../../ids.js';
import type { ListenerDeps } from '../deps.js';
import { createConfirmErase } from './confirm-erase.js';
import { createOfferHelp, createResolveBlocker } from './digest-blockers.js';
import { registerHomeActions } from './home/index.js';
import { createOpenAway } from './open-away.js';
import { createOpenCheckin } from './open-checkin.js';
import { createOpenProfile } from './open-profile.js';
import { createSkipCheckin } from './skip-checkin.js';
import { createTaskDeclineButton } from './task-decline.js';
import { createTaskStatusButton } from './task-status.js';
import { createTaskStatusMenu } from './task-status-menu.js';

export function registerActions(app: App, deps: ListenerDeps): void {
  app.action(ACTIONS.openCheckin, createOpenCheckin(deps));
  app.action(ACTIONS.skipCheckin, createSkipCheckin(deps));
  app.action(ACTIONS.openAway, createOpenAway(deps));
  app.action(ACTIONS.openProfile, createOpenProfile(deps));
  app.action(TASK_ACTIONS.start, createTaskStatusButton(deps, 'on_track'));
  app.action(TASK_ACTIONS.done, createTaskStatusButton(deps, 'done'));
  app.action(TASK_ACTIONS.blocked, createTaskStatusButton(deps, 'blocked'));
  app.action(TASK_ACTIONS.decline, createTaskDeclineButton(deps));
  app.action(TASK_ACTIONS.statusMenu, createTaskStatusMenu(deps));
  app.action(PRIVACY_ACTIONS.confirmErase, createConfirmErase(deps));
  app.action(DIGEST_ACTIONS.offerHelp, createOfferHelp(deps));
  app.action(DIGEST_ACTIONS.resolveBlocker, createResolveBlocker(deps));
  registerHomeActions(app, deps);
}
