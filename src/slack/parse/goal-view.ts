import { z } from 'zod';
import { GOAL_ACTION, GOAL_BLOCKS } from '../ids.js';
import { readMetadata } from './checkin-view.js';

const metadata = z.object({ coalitionId: z.number().int().positive() });
const field = z
  .object({
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_date: z.string().nullish(),
  })
  .partial();
const state = z.record(z.string(), z.record(z.string(), field));

function reader(values: unknown) {
  const parsed = state.safeParse(values);
  return (block: string) => (parsed.success ? parsed.data[block]?.[GOAL_ACTION] : undefined);
}

/** The goal form as typed; `coalitionId` is missing when the form's metadata is not ours any more. */
export function readGoalForm(values: unknown, privateMetadata: string) {
  const read = reader(values);
  return {
    coalitionId: readMetadata(metadata, privateMetadata)?.coalitionId,
    title: read(GOAL_BLOCKS.title)?.value ?? '',
  };
}

/** The milestone form as typed (Slack requires the goal and title fields; the target defaults to 1). */
export function readMilestoneForm(values: unknown, privateMetadata: string) {
  const read = reader(values);
  return {
    coalitionId: readMetadata(metadata, privateMetadata)?.coalitionId,
    milestone: {
      goalNumber: Number(read(GOAL_BLOCKS.goal)?.selected_option?.value),
      title: read(GOAL_BLOCKS.milestoneTitle)?.value ?? '',
      target: Number(read(GOAL_BLOCKS.target)?.value ?? '1'),
      dueDate: read(GOAL_BLOCKS.by)?.selected_date ?? null,
    },
  };
}

/** Which field a refusal belongs beside: the target, the goal, or else the title. */
export function milestoneFieldFor(message: string): string {
  if (/target/i.test(message)) return GOAL_BLOCKS.target;
  if (/goal/i.test(message)) return GOAL_BLOCKS.goal;
  return GOAL_BLOCKS.milestoneTitle;
}
