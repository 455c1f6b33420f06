// Registers the App Home's buttons and menus (the check-in and away buttons reuse the prompt's own actions).
import { HOME_ACTIONS } from '../../../ids.js';
import type { ListenerTable } from '../../../listener-table.js';
import type { ListenerDeps } from '../../deps.js';
import { createHomeCoordinate } from './coordinate.js';
import { createHomeFriendlyNote } from './friendly-note.js';
import { createHomeOfferHelp } from './offer-help.js';
import { withFriendlyErrors } from './publish.js';
import { createHomeSkip } from './skip.js';
import { createHomeTaskStatus } from './task-status.js';

export function registerHomeActions(actions: ListenerTable, deps: ListenerDeps): void {
  actions.on(HOME_ACTIONS.skip, withFriendlyErrors(createHomeSkip(deps)));
  actions.on(HOME_ACTIONS.taskStatus, withFriendlyErrors(createHomeTaskStatus(deps)));
  actions.on(HOME_ACTIONS.offerHelp, withFriendlyErrors(createHomeOfferHelp(deps)));
  actions.on(HOME_ACTIONS.friendlyNote, withFriendlyErrors(createHomeFriendlyNote(deps)));
  for (const what of ['assign', 'schedule', 'previewDigest'] as const)
    actions.on(HOME_ACTIONS[what], withFriendlyErrors(createHomeCoordinate(deps, what)));
}
