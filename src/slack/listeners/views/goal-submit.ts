import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { GOAL_BLOCKS } from '../../ids.js';
import { readGoalForm } from '../../parse/goal-view.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The goal form: its title goes through the same checks (and privacy scan) as the command. */
export function createGoalSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const form = readGoalForm(view.state.values, view.private_metadata);
    const refuse = (message: string) => ack({ response_action: 'errors', errors: { [GOAL_BLOCKS.title]: message } });
    const coalition = deps.coalitions.byId(form.coalitionId ?? 0);
    if (!coalition) return void (await refuse('This form has expired; please run `/coalition goal add` again.'));
    try {
      deps.goals.addGoal(coalition, body.user.id, form.title);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return void (await refuse(error.message));
    }
    await ack();
  };
}
