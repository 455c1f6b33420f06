import { ACTIONS, DIGEST_ACTIONS, PRIVACY_ACTIONS, TASK_ACTIONS } from '../../ids.js';
import type { ListenerTable } from '../../listener-table.js';
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

export function registerActions(actions: ListenerTable, deps: ListenerDeps): void {
  actions.on(ACTIONS.openCheckin, createOpenCheckin(deps));
  actions.on(ACTIONS.skipCheckin, createSkipCheckin(deps));
  actions.on(ACTIONS.openAway, createOpenAway(deps));
  actions.on(ACTIONS.openProfile, createOpenProfile(deps));
  actions.on(TASK_ACTIONS.start, createTaskStatusButton(deps, 'on_track'));
  actions.on(TASK_ACTIONS.done, createTaskStatusButton(deps, 'done'));
  actions.on(TASK_ACTIONS.blocked, createTaskStatusButton(deps, 'blocked'));
  actions.on(TASK_ACTIONS.decline, createTaskDeclineButton(deps));
  actions.on(TASK_ACTIONS.statusMenu, createTaskStatusMenu(deps));
  actions.on(PRIVACY_ACTIONS.confirmErase, createConfirmErase(deps));
  actions.on(DIGEST_ACTIONS.offerHelp, createOfferHelp(deps));
  actions.on(DIGEST_ACTIONS.resolveBlocker, createResolveBlocker(deps));
  registerHomeActions(actions, deps);
}
