import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { isDomainError } from '../../../domain/errors.js';
import { GOAL_ACTION, GOAL_BLOCKS } from '../../ids.js';
import { readMetadata } from '../../parse/checkin-view.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const metadata = z.object({ coalitionId: z.number().int().positive() });
const field = z
  .object({
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_date: z.string().nullish(),
  })
  .partial();
const state = z.record(z.string(), z.record(z.string(), field));

function read(values: unknown, block: string) {
  const parsed = state.safeParse(values);
  return parsed.success ? parsed.data[block]?.[GOAL_ACTION] : undefined;
}

/** The goal form: its title goes through the same checks (and privacy scan) as the command. */
export function createGoalSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const coalition = deps.coalitions.byId(readMetadata(metadata, view.private_metadata)?.coalitionId ?? 0);
    try {
      if (!coalition) throw new Error('expired');
      deps.goals.addGoal(coalition, body.user.id, read(view.state.values, GOAL_BLOCKS.title)?.value ?? '');
    } catch (error) {
      const message = isDomainError(error)
        ? error.message
        : 'This form has expired; please run `/coalition goal add` again.';
      await ack({ response_action: 'errors', errors: { [GOAL_BLOCKS.title]: message } });
      return;
    }
    await ack();
  };
}

export function createMilestoneSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const coalition = deps.coalitions.byId(readMetadata(metadata, view.private_metadata)?.coalitionId ?? 0);
    const values = view.state.values;
    try {
      if (!coalition) throw new Error('expired');
      deps.goals.addMilestone(coalition, body.user.id, {
        goalNumber: Number(read(values, GOAL_BLOCKS.goal)?.selected_option?.value),
        title: read(values, GOAL_BLOCKS.milestoneTitle)?.value ?? '',
        target: Number(read(values, GOAL_BLOCKS.target)?.value ?? '1'),
        dueDate: read(values, GOAL_BLOCKS.by)?.selected_date ?? null,
      });
    } catch (error) {
      const message = isDomainError(error)
        ? error.message
        : 'This form has expired; please run `/coalition milestone add` again.';
      const block = /target/i.test(message)
        ? GOAL_BLOCKS.target
        : /goal/i.test(message)
          ? GOAL_BLOCKS.goal
          : GOAL_BLOCKS.milestoneTitle;
      await ack({ response_action: 'errors', errors: { [block]: message } });
      return;
    }
    await ack();
  };
}
