import { z } from 'zod';
import { parseRef } from '../../domain/goals.js';
import { TASK_STATUSES } from '../../domain/tasks.js';
import { ASSIGN_ACTION, ASSIGN_BLOCKS, TASK_NOTE_BLOCK } from '../ids.js';

const field = z
  .object({ value: z.string().nullish(), selected_user: z.string().nullish(), selected_date: z.string().nullish() })
  .partial();
const stateSchema = z.record(z.string(), z.record(z.string(), field));

export const taskNoteMetadata = z.object({
  taskId: z.number().int().positive(),
  status: z.enum([...TASK_STATUSES, 'declined']),
  dm: z.object({ channel: z.string().min(1), ts: z.string().min(1) }).optional(),
});
export const assignMetadata = z.object({ coalitionId: z.number().int().positive() });

export function readTaskNote(values: unknown): string {
  const state = stateSchema.safeParse(values);
  return state.success ? (state.data[TASK_NOTE_BLOCK.block]?.[TASK_NOTE_BLOCK.action]?.value ?? '').trim() : '';
}

export interface AssignForm {
  title: string;
  ownerUserId: string | undefined;
  organisation: string | undefined;
  due: string | undefined;
  notes: string | undefined;
  milestone: string | undefined;
}

export function readAssignForm(values: unknown): AssignForm {
  const state = stateSchema.safeParse(values);
  const get = (block: string) => (state.success ? state.data[block]?.[ASSIGN_ACTION] : undefined);
  return {
    title: (get(ASSIGN_BLOCKS.title)?.value ?? '').trim(),
    ownerUserId: get(ASSIGN_BLOCKS.owner)?.selected_user ?? undefined,
    organisation: get(ASSIGN_BLOCKS.organisation)?.value?.trim() || undefined,
    due: get(ASSIGN_BLOCKS.due)?.selected_date ?? undefined,
    notes: get(ASSIGN_BLOCKS.notes)?.value?.trim() || undefined,
    milestone: get(ASSIGN_BLOCKS.milestone)?.value?.trim() || undefined,
  };
}

export type FieldProblem = { block: string; message: string };

/** The milestone typed in the assign form, as a number; undefined when none was typed. */
function milestoneNumberOf(form: AssignForm): number | undefined {
  return form.milestone === undefined ? undefined : parseRef('M', form.milestone);
}

/** What the form lacks before the service can look at it (beside its field), or what the service needs. */
export function checkAssignForm<C>(
  form: AssignForm,
  coalition: C | undefined,
): { problem: FieldProblem } | { coalition: C; ownerUserId: string; milestoneNumber: number | undefined } {
  const milestoneNumber = milestoneNumberOf(form);
  if (form.milestone !== undefined && milestoneNumber === undefined)
    return {
      problem: { block: ASSIGN_BLOCKS.milestone, message: 'Write the milestone like M-3 (see `/coalition goals`).' },
    };
  if (coalition === undefined)
    return {
      problem: { block: ASSIGN_BLOCKS.owner, message: 'This form has expired; please run `/coalition assign` again.' },
    };
  if (!form.ownerUserId)
    return { problem: { block: ASSIGN_BLOCKS.owner, message: 'Please choose who will own the task.' } };
  return { coalition, ownerUserId: form.ownerUserId, milestoneNumber };
}

/** The field a refusal from the service is about, read from its wording. */
export function assignFieldFor(message: string): string {
  if (/date/i.test(message)) return ASSIGN_BLOCKS.due;
  if (/roster|owner|@mention/i.test(message)) return ASSIGN_BLOCKS.owner;
  if (/notes/i.test(message)) return ASSIGN_BLOCKS.notes;
  if (/milestone/i.test(message)) return ASSIGN_BLOCKS.milestone;
  return ASSIGN_BLOCKS.title;
}
