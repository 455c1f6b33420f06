import { COMMAND } from '../../ids.js';
import type { ListenerTable } from '../../listener-table.js';
import type { ListenerDeps } from '../deps.js';
import { createCoalitionCommand } from './coalition-command.js';

// Keep in step with manifest.yml: test/unit/manifest.test.ts compares the two.
export function registerCommands(commands: ListenerTable, deps: ListenerDeps): void {
  commands.on(COMMAND, createCoalitionCommand(deps));
}
