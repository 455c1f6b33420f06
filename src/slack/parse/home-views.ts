import { z } from 'zod';
import { FRIENDLY_NOTE } from '../ids.js';

export const friendlyNoteMetadata = z.object({
  coalitionId: z.number().int().positive(),
  partnerUserId: z.string().regex(/^[UW][A-Z0-9]+$/),
});

const state = z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }).partial()));

export function readFriendlyNote(values: unknown): string {
  const parsed = state.safeParse(values);
  return parsed.success ? (parsed.data[FRIENDLY_NOTE.block]?.[FRIENDLY_NOTE.action]?.value ?? '').trim() : '';
}
