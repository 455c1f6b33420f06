import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { GOAL_BLOCKS } from '../../ids.js';
import { milestoneFieldFor, readMilestoneForm } from '../../parse/goal-view.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The milestone form: a refusal goes back beside the field it is about, keeping what was typed. */
export function createMilestoneSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const form = readMilestoneForm(view.state.values, view.private_metadata);
    const refuse = (block: string, message: string) => ack({ response_action: 'errors', errors: { [block]: message } });
    const coalition = deps.coalitions.byId(form.coalitionId ?? 0);
    if (!coalition)
      return void (await refuse(
        GOAL_BLOCKS.milestoneTitle,
        'This form has expired; please run `/coalition milestone add` again.',
      ));
    try {
      deps.goals.addMilestone(coalition, body.user.id, form.milestone);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return void (await refuse(milestoneFieldFor(error.message), error.message));
    }
    await ack();
  };
}
