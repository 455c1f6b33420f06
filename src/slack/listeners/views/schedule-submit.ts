import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { isDomainError } from '../../../domain/errors.js';
import { SCHEDULE_BLOCKS } from '../../ids.js';
import { readMetadata } from '../../parse/checkin-view.js';
import { readScheduleForm } from '../../parse/schedule-view.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const metadataSchema = z.object({ coalitionId: z.number().int().positive() });

export function createScheduleSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const form = readScheduleForm(view.state.values);
    const coalitionId = readMetadata(metadataSchema, view.private_metadata)?.coalitionId;
    const coalition = coalitionId === undefined ? undefined : deps.coalitions.byId(coalitionId);
    if (!form.ok || !coalition) {
      await ack({
        response_action: 'errors',
        errors: form.ok
          ? { [SCHEDULE_BLOCKS.cadence]: 'This form has expired; please run `/coalition schedule` again.' }
          : form.errors,
      });
      return;
    }
    try {
      deps.schedules.set(coalition, body.user.id, form.changes);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await ack({ response_action: 'errors', errors: { [SCHEDULE_BLOCKS.cadence]: error.message } });
      return;
    }
    await ack();
  };
}
