import type { App } from '@slack/bolt';
import { VIEWS } from '../../ids.js';
import type { ListenerDeps } from '../deps.js';
import { createProfileSubmit } from './profile-submit.js';

export function registerViews(app: App, deps: ListenerDeps): void {
  app.view(VIEWS.profile, createProfileSubmit(deps));
}
