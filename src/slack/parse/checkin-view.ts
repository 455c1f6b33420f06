import { z } from 'zod';
import { TASK_STATUSES, type TaskStatus } from '../../domain/tasks.js';
import type { TaskUpdates } from '../../services/checkins/responses.js';
import { OVERRIDE_REASONS, type OverrideReason } from '../../services/privacy.js';
import {
  AWAY_BLOCKS,
  CHECKIN_ANSWER_ACTION,
  CHECKIN_BLOCK_PREFIX,
  CHECKIN_OVERRIDE_BLOCK,
  CHECKIN_SHARE_WIN_BLOCK,
  CHECKIN_STILL_BLOCKED_BLOCK,
  CHECKIN_TASK_NOTE_PREFIX,
  CHECKIN_TASK_PREFIX,
} from '../ids.js';

const answerField = z
  .object({
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_options: z.array(z.object({ value: z.string() })).nullish(),
    selected_date: z.string().nullish(),
  })
  .partial();
const stateSchema = z.record(z.string(), z.record(z.string(), answerField));

/** `fromHome`: opened from the App Home, which is redrawn once the answers are in. */
export const checkinMetadata = z.object({ cycleId: z.number().int().positive(), fromHome: z.boolean().optional() });
export const awayMetadata = z.object({
  coalitionId: z.number().int().positive(),
  from: z.string(),
  fromHome: z.boolean().optional(),
});

export function readMetadata<T>(schema: z.ZodType<T>, text: string): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Raw answers keyed by question key, as typed; validation against the questions happens in the domain. */
export function readCheckinAnswers(values: unknown): Record<string, string | undefined> {
  const state = stateSchema.safeParse(values);
  if (!state.success) return {};
  const answers: Record<string, string | undefined> = {};
  for (const [blockId, actions] of Object.entries(state.data)) {
    if (!blockId.startsWith(CHECKIN_BLOCK_PREFIX)) continue;
    const field = actions[CHECKIN_ANSWER_ACTION];
    answers[blockId.slice(CHECKIN_BLOCK_PREFIX.length)] = field?.value ?? field?.selected_option?.value ?? undefined;
  }
  return answers;
}

/** The task selects and notes of the check-in form, by task id. */
export function readTaskUpdates(values: unknown): TaskUpdates {
  const state = stateSchema.safeParse(values);
  if (!state.success) return {};
  const updates: TaskUpdates = {};
  for (const [blockId, actions] of Object.entries(state.data)) {
    if (!blockId.startsWith(CHECKIN_TASK_PREFIX)) continue;
    const status = actions[CHECKIN_ANSWER_ACTION]?.selected_option?.value;
    const id = Number(blockId.slice(CHECKIN_TASK_PREFIX.length));
    if (!Number.isInteger(id) || !TASK_STATUSES.includes(status as TaskStatus)) continue;
    const note = state.data[`${CHECKIN_TASK_NOTE_PREFIX}${id}`]?.[CHECKIN_ANSWER_ACTION]?.value ?? '';
    updates[id] = { status: status as TaskStatus, note: note.trim() };
  }
  return updates;
}

/** Service errors are keyed by question key, or `tasknote:<id>`; Slack wants the block ids. */
export function toBlockErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([key, message]) => [
      key.startsWith('tasknote:')
        ? `${CHECKIN_TASK_NOTE_PREFIX}${key.slice('tasknote:'.length)}`
        : `${CHECKIN_BLOCK_PREFIX}${key}`,
      message,
    ]),
  );
}

export function readAwayUntil(values: unknown): string | undefined {
  const state = stateSchema.safeParse(values);
  return state.success
    ? (state.data[AWAY_BLOCKS.until.block]?.[AWAY_BLOCKS.until.action]?.selected_date ?? undefined)
    : undefined;
}

export function readOverrideReason(values: unknown): OverrideReason | undefined {
  const state = stateSchema.safeParse(values);
  const value = state.success
    ? state.data[CHECKIN_OVERRIDE_BLOCK.block]?.[CHECKIN_OVERRIDE_BLOCK.action]?.selected_option?.value
    : undefined;
  return value && Object.hasOwn(OVERRIDE_REASONS, value) ? (value as OverrideReason) : undefined;
}

export function readShareWin(values: unknown): boolean {
  const state = stateSchema.safeParse(values);
  const chosen = state.success
    ? state.data[CHECKIN_SHARE_WIN_BLOCK.block]?.[CHECKIN_SHARE_WIN_BLOCK.action]?.selected_options
    : undefined;
  return (chosen ?? []).some((option) => option.value === 'share');
}

/** "Still blocking?" about an earlier blocker: undefined when the form did not ask, false when it was unticked. */
export function readStillBlocked(values: unknown): boolean | undefined {
  const state = stateSchema.safeParse(values);
  const block = state.success ? state.data[CHECKIN_STILL_BLOCKED_BLOCK.block] : undefined;
  if (!block) return undefined;
  return (block[CHECKIN_STILL_BLOCKED_BLOCK.action]?.selected_options ?? []).some((option) => option.value === 'still');
}

/** Everything a submitted check-in form says, shaped as the check-in service takes it. */
export function readCheckinSubmission(values: unknown) {
  const overrideReason = readOverrideReason(values);
  const stillBlocked = readStillBlocked(values);
  return {
    raw: readCheckinAnswers(values),
    taskUpdates: readTaskUpdates(values),
    shareWin: readShareWin(values),
    ...(overrideReason ? { overrideReason } : {}),
    ...(stillBlocked === undefined ? {} : { stillBlocked }),
  };
}
