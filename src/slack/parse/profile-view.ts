import { z } from 'zod';
import { SECTOR_KEYS } from '../../domain/sectors.js';
import { PROFILE_BLOCKS } from '../ids.js';

const valueField = z.object({ value: z.string().nullish() }).optional();
const selectField = z.object({ selected_option: z.object({ value: z.string() }).nullish() }).optional();

const stateSchema = z.object({
  [PROFILE_BLOCKS.organisation.block]: z.object({ [PROFILE_BLOCKS.organisation.action]: valueField }).optional(),
  [PROFILE_BLOCKS.sector.block]: z.object({ [PROFILE_BLOCKS.sector.action]: selectField }).optional(),
  [PROFILE_BLOCKS.brings.block]: z.object({ [PROFILE_BLOCKS.brings.action]: valueField }).optional(),
});

const metadataSchema = z.object({ coalitionId: z.number().int().positive(), fromHome: z.boolean().optional() });

export interface ProfileSubmission {
  coalitionId: number;
  organisationName: string;
  sector: (typeof SECTOR_KEYS)[number];
  whatTheyBring: string | null;
  fromHome: boolean;
}

export type ProfileParse = { ok: true; value: ProfileSubmission } | { ok: false; errors: Record<string, string> };

/** Reads the modal's state; problems come back keyed by block_id so Slack shows them beside the field. */
export function parseProfileSubmission(values: unknown, privateMetadata: string): ProfileParse {
  const state = stateSchema.safeParse(values);
  const metadata = metadataSchema.safeParse(safeJson(privateMetadata));
  const errors: Record<string, string> = {};
  const organisation = state.success
    ? (state.data[PROFILE_BLOCKS.organisation.block]?.[PROFILE_BLOCKS.organisation.action]?.value ?? '').trim()
    : '';
  const sectorValue = state.success
    ? state.data[PROFILE_BLOCKS.sector.block]?.[PROFILE_BLOCKS.sector.action]?.selected_option?.value
    : undefined;
  const brings = state.success
    ? (state.data[PROFILE_BLOCKS.brings.block]?.[PROFILE_BLOCKS.brings.action]?.value ?? '').trim()
    : '';
  const sector = z.enum(SECTOR_KEYS).safeParse(sectorValue);
  if (organisation.length === 0) errors[PROFILE_BLOCKS.organisation.block] = 'Please give your organisation’s name.';
  if (organisation.length > 80) errors[PROFILE_BLOCKS.organisation.block] = 'Please keep the name under 80 characters.';
  if (!sector.success) errors[PROFILE_BLOCKS.sector.block] = 'Please choose the sector that fits best.';
  if (brings.length > 500) errors[PROFILE_BLOCKS.brings.block] = 'Please keep this under 500 characters.';
  if (!metadata.success)
    errors[PROFILE_BLOCKS.organisation.block] =
      'This form has expired. Please close it and run `/coalition profile` again.';
  if (Object.keys(errors).length > 0 || !sector.success || !metadata.success) return { ok: false, errors };
  return {
    ok: true,
    value: {
      coalitionId: metadata.data.coalitionId,
      organisationName: organisation,
      sector: sector.data,
      whatTheyBring: brings || null,
      fromHome: metadata.data.fromHome ?? false,
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
