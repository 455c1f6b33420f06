import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { TASK_NOTE_BLOCK } from '../../ids.js';
import { readMetadata } from '../../parse/checkin-view.js';
import { readTaskNote, taskNoteMetadata } from '../../parse/task-views.js';
import { redrawTaskDm } from '../actions/task-status-apply.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The note form behind "Blocked", "At risk", "Dropped" and "Can't take this on". */
export function createTaskNoteSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const metadata = readMetadata(taskNoteMetadata, view.private_metadata);
    const note = readTaskNote(view.state.values);
    const fail = (message: string) => ack({ response_action: 'errors', errors: { [TASK_NOTE_BLOCK.block]: message } });
    if (!metadata) return void (await fail('This form has expired; please try again from the task.'));
    try {
      if (metadata.status === 'declined') {
        const { notify } = deps.tasks.decline({ taskId: metadata.taskId, actorUserId: body.user.id, reason: note });
        await ack();
        await notify();
      } else {
        const { followUp } = deps.tasks.changeStatus({
          taskId: metadata.taskId,
          actorUserId: body.user.id,
          status: metadata.status,
          note,
          fromOwnerDm: metadata.dm !== undefined,
        });
        await ack();
        if (metadata.dm) await redrawTaskDm(deps, client, metadata.dm, metadata.taskId);
        await followUp();
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await fail(error.message);
    }
  };
}
