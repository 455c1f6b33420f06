import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { ASSIGN_BLOCKS } from '../../ids.js';
import { readMetadata } from '../../parse/checkin-view.js';
import { assignMetadata, readAssignForm } from '../../parse/task-views.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

function fieldFor(message: string): string {
  if (/date/i.test(message)) return ASSIGN_BLOCKS.due;
  if (/roster|owner|@mention/i.test(message)) return ASSIGN_BLOCKS.owner;
  if (/notes/i.test(message)) return ASSIGN_BLOCKS.notes;
  return ASSIGN_BLOCKS.title;
}

export function createTaskAssignSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const form = readAssignForm(view.state.values);
    const coalitionId = readMetadata(assignMetadata, view.private_metadata)?.coalitionId;
    const coalition = coalitionId === undefined ? undefined : deps.coalitions.byId(coalitionId);
    if (!coalition || !form.ownerUserId) {
      await ack({
        response_action: 'errors',
        errors: {
          [ASSIGN_BLOCKS.owner]: coalition
            ? 'Please choose who will own the task.'
            : 'This form has expired; please run `/coalition assign` again.',
        },
      });
      return;
    }
    let notify: () => Promise<boolean>;
    try {
      ({ notify } = deps.tasks.assign({
        coalition,
        actorUserId: body.user.id,
        ownerUserId: form.ownerUserId,
        title: form.title,
        ...(form.due ? { due: form.due } : {}),
        ...(form.organisation ? { organisationName: form.organisation } : {}),
        ...(form.notes ? { notes: form.notes } : {}),
      }));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await ack({ response_action: 'errors', errors: { [fieldFor(error.message)]: error.message } });
      return;
    }
    await ack(); // Slack closes the form now; the owner's DM follows.
    await notify();
  };
}
