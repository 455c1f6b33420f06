import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { parseRef } from '../../../domain/goals.js';
import { ASSIGN_BLOCKS } from '../../ids.js';
import { readMetadata } from '../../parse/checkin-view.js';
import { assignMetadata, readAssignForm } from '../../parse/task-views.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

function fieldFor(message: string): string {
  if (/date/i.test(message)) return ASSIGN_BLOCKS.due;
  if (/roster|owner|@mention/i.test(message)) return ASSIGN_BLOCKS.owner;
  if (/notes/i.test(message)) return ASSIGN_BLOCKS.notes;
  if (/milestone/i.test(message)) return ASSIGN_BLOCKS.milestone;
  return ASSIGN_BLOCKS.title;
}

export function createTaskAssignSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const form = readAssignForm(view.state.values);
    const coalitionId = readMetadata(assignMetadata, view.private_metadata)?.coalitionId;
    const coalition = coalitionId === undefined ? undefined : deps.coalitions.byId(coalitionId);
    const milestoneNumber = form.milestone === undefined ? undefined : parseRef('M', form.milestone);
    if (form.milestone !== undefined && milestoneNumber === undefined) {
      await ack({
        response_action: 'errors',
        errors: { [ASSIGN_BLOCKS.milestone]: 'Write the milestone like M-3 (see `/coalition goals`).' },
      });
      return;
    }
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
        ...(milestoneNumber !== undefined ? { milestoneNumber } : {}),
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
