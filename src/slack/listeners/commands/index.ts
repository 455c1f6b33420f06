import type { App } from '@slack/bolt';
import { COMMAND } from '../../ids.js';
import type { ListenerDeps } from '../deps.js';
import { createCoalitionCommand } from './coalition-command.js';

// Keep in step with manifest.yml: test/unit/manifest.test.ts compares the two.
export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command(COMMAND, createCoalitionCommand(deps));
}
