import type { AppLogger } from '../../logger.js';
import type { AccessService, IdKind, IdRef } from '../../services/access.js';
import {
  ACTIONS,
  DIGEST_ACTIONS,
  FRIENDLY_NOTE,
  GOAL_VIEWS,
  HOME_ACTIONS,
  PRIVACY_ACTIONS,
  TASK_ACTIONS,
  TASK_VIEWS,
  VIEWS,
} from '../ids.js';
import { noticeAck, tellByResponseUrl } from './ack-guard.js';
import { factsOf } from './interaction-shape.js';
import type { Step, StepArgs } from './steps.js';

// Distributes over a union of id groups, so every id of every group is a required key below.
type Values<T> = T extends unknown ? T[keyof T] : never;
type ActionId = Values<
  typeof ACTIONS | typeof TASK_ACTIONS | typeof PRIVACY_ACTIONS | typeof DIGEST_ACTIONS | typeof HOME_ACTIONS
>;
type CallbackId = Values<typeof VIEWS | typeof TASK_VIEWS | typeof GOAL_VIEWS> | typeof FRIENDLY_NOTE.view;

/** Reads the leading number of a button value: `42`, `42:blocked`, `3:U123`. */
const leading =
  (kind: IdKind) =>
  (value: string | undefined): IdRef | undefined => {
    const id = Number(/^(\d+)/.exec(value ?? '')?.[1]);
    return Number.isSafeInteger(id) && id > 0 ? { kind, id } : undefined;
  };

/** Reads `{ "<field>": n }` from a form's private_metadata. */
const metadataField =
  (kind: IdKind, field: string) =>
  (metadata: string | undefined): IdRef | undefined => {
    try {
      const id = (JSON.parse(metadata ?? '') as Record<string, unknown>)[field];
      return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? { kind, id } : undefined;
    } catch {
      return undefined;
    }
  };

type Reader = (raw: string | undefined) => IdRef | undefined;

/**
 * Which id every button and form carries. Typed over every id in ids.ts, so a new button cannot be added without
 * saying here what it names (test/unit/slack/id-guard.test.ts checks the registry too).
 */
export const ACTION_ID_READERS: Record<ActionId, Reader> = {
  [ACTIONS.openProfile]: leading('coalition'),
  [ACTIONS.openCheckin]: leading('cycle'),
  [ACTIONS.skipCheckin]: leading('cycle'),
  [ACTIONS.openAway]: leading('cycle'),
  [TASK_ACTIONS.start]: leading('task'),
  [TASK_ACTIONS.done]: leading('task'),
  [TASK_ACTIONS.blocked]: leading('task'),
  [TASK_ACTIONS.decline]: leading('task'),
  [TASK_ACTIONS.statusMenu]: leading('task'),
  [PRIVACY_ACTIONS.confirmErase]: leading('coalition'),
  [DIGEST_ACTIONS.offerHelp]: leading('blocker'),
  [DIGEST_ACTIONS.resolveBlocker]: leading('blocker'),
  [HOME_ACTIONS.skip]: leading('cycle'),
  [HOME_ACTIONS.taskStatus]: leading('task'),
  [HOME_ACTIONS.offerHelp]: leading('blocker'),
  [HOME_ACTIONS.friendlyNote]: leading('coalition'),
  [HOME_ACTIONS.assign]: leading('coalition'),
  [HOME_ACTIONS.schedule]: leading('coalition'),
  [HOME_ACTIONS.previewDigest]: leading('coalition'),
};

export const CALLBACK_ID_READERS: Record<CallbackId, Reader> = {
  [VIEWS.profile]: metadataField('coalition', 'coalitionId'),
  [VIEWS.checkin]: metadataField('cycle', 'cycleId'),
  [VIEWS.away]: metadataField('coalition', 'coalitionId'),
  [VIEWS.schedule]: metadataField('coalition', 'coalitionId'),
  [TASK_VIEWS.note]: metadataField('task', 'taskId'),
  [TASK_VIEWS.decline]: metadataField('task', 'taskId'),
  [TASK_VIEWS.assign]: metadataField('coalition', 'coalitionId'),
  [GOAL_VIEWS.goal]: metadataField('coalition', 'coalitionId'),
  [GOAL_VIEWS.milestone]: metadataField('coalition', 'coalitionId'),
  [FRIENDLY_NOTE.view]: metadataField('coalition', 'coalitionId'),
};

interface Loose {
  type?: string;
  user?: { id?: string };
  actions?: Array<{ action_id?: string; value?: string; selected_option?: { value?: string } }>;
  view?: { callback_id?: string; private_metadata?: string };
}

/** Own keys only: an action_id such as `constructor` must not find Object's. */
function readerFor(table: Record<string, Reader>, id: string | undefined): Reader | undefined {
  return id !== undefined && Object.hasOwn(table, id) ? table[id] : undefined;
}

/** The id an interaction names, if it names one. */
export function idNamedBy(body: unknown): IdRef | undefined {
  const loose = body as Loose;
  if (loose.type === 'block_actions') {
    const action = loose.actions?.[0];
    return readerFor(ACTION_ID_READERS, action?.action_id)?.(action?.value ?? action?.selected_option?.value);
  }
  if (loose.type === 'view_submission') {
    return readerFor(CALLBACK_ID_READERS, loose.view?.callback_id)?.(loose.view?.private_metadata);
  }
  return undefined;
}

type Args = StepArgs & { ack?: (response?: unknown) => Promise<void> };

/** Every button and form that names an id is checked here, once, before any listener sees it. */
export function guardIds(access: AccessService, logger: AppLogger): Step {
  return async (args, next) => {
    const { body, ack } = args as Args;
    const ref = idNamedBy(body);
    const userId = (body as Loose).user?.id;
    if (!ref || !userId) return next();
    const verdict = access.check(ref, userId);
    if (verdict.allowed) return next();
    logger.warn({ kind: ref.kind, id: ref.id }, 'refused an interaction naming another coalition’s id');
    const facts = factsOf(body);
    await ack?.(noticeAck(facts, 'outsider'));
    if (facts.kind === 'interaction') await tellByResponseUrl(facts, 'outsider', logger);
  };
}
