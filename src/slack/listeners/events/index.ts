import { EVENTS } from '../../ids.js';
import type { ListenerTable } from '../../listener-table.js';
import type { ListenerDeps } from '../deps.js';
import { createAppHomeOpened } from './app-home-opened.js';
import { createChannelMessage } from './channel-message.js';
import { createMemberJoined } from './member-joined.js';
import { createMemberLeft } from './member-left.js';
import { createReactionChanged } from './reactions.js';
import { createUserChange } from './user-change.js';

// Keep in step with manifest.yml: test/unit/manifest.test.ts compares the two.
export function registerEvents(events: ListenerTable, deps: ListenerDeps): void {
  events.on(EVENTS.memberJoinedChannel, createMemberJoined(deps));
  events.on(EVENTS.memberLeftChannel, createMemberLeft(deps));
  events.on(EVENTS.userChange, createUserChange(deps));
  events.on(EVENTS.message, createChannelMessage(deps));
  events.on(EVENTS.reactionAdded, createReactionChanged(deps, true));
  events.on(EVENTS.reactionRemoved, createReactionChanged(deps, false));
  events.on(EVENTS.appHomeOpened, createAppHomeOpened(deps));
}
