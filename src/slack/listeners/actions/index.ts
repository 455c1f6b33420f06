import type { App } from '@slack/bolt';
import { ACTIONS } from '../../ids.js';
import type { ListenerDeps } from '../deps.js';
import { createOpenAway } from './open-away.js';
import { createOpenCheckin } from './open-checkin.js';
import { createSkipCheckin } from './skip-checkin.js';

export function registerActions(app: App, deps: ListenerDeps): void {
  app.action(ACTIONS.openCheckin, createOpenCheckin(deps));
  app.action(ACTIONS.skipCheckin, createSkipCheckin(deps));
  app.action(ACTIONS.openAway, createOpenAway(deps));
}
