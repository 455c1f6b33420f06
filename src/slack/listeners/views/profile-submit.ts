import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { PROFILE_BLOCKS } from '../../ids.js';
import { parseProfileSubmission } from '../../parse/profile-view.js';
import { publishHome } from '../actions/home/publish.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** Saves the profile modal; problems go back as field errors so nothing the person typed is lost. */
export function createProfileSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const parsed = parseProfileSubmission(view.state.values, view.private_metadata);
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const { fromHome, ...profile } = parsed.value;
    try {
      deps.roster.updateProfile({ ...profile, userId: body.user.id });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await ack({ response_action: 'errors', errors: { [PROFILE_BLOCKS.organisation.block]: error.message } });
      return;
    }
    await ack();
    if (fromHome) await publishHome(deps, client, body.user.id);
  };
}
