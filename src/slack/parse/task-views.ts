import { z } from 'zod';
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
