import type { App } from '@slack/bolt';
import { EVENTS } from '../../ids.js';
import type { ListenerDeps } from '../deps.js';
import { createAppHomeOpened } from './app-home-opened.js';
import { createChannelMessage } from './channel-message.js';
import { createMemberJoined } from './member-joined.js';
import { createMemberLeft } from './member-left.js';
import { createReactionChanged } from './reactions.js';
import { createUserChange } from './user-change.js';

// Keep in step with manifest.yml: test/unit/manifest.test.ts compares the two.
export function registerEvents(app: App, deps: ListenerDeps): void {
  app.event(EVENTS.memberJoinedChannel, createMemberJoined(deps));
  app.event(EVENTS.memberLeftChannel, createMemberLeft(deps));
  app.event(EVENTS.userChange, createUserChange(deps));
  app.event(EVENTS.message, createChannelMessage(deps));
  app.event(EVENTS.reactionAdded, createReactionChanged(deps, true));
  app.event(EVENTS.reactionRemoved, createReactionChanged(deps, false));
  app.event(EVENTS.appHomeOpened, createAppHomeOpened(deps));
}
