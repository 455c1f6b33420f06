import type { AllMiddlewareArgs, BlockAction, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { NOTE_REQUIRED, STATUS_LABELS, type TaskStatus, taskRef } from '../../../domain/tasks.js';
import { taskOwnerMessage } from '../../blocks/task-messages.js';
import { taskNoteModal } from '../../blocks/task-modals.js';
import { TASK_DM_BLOCK_PREFIX } from '../../ids.js';
import type { ListenerDeps } from '../deps.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;
export type TaskDmRef = { channel: string; ts: string };

/** The owner's task DM the click came from, if it did: that message is redrawn in place. */
export function taskDmOf(body: BlockAction, blockId: string): TaskDmRef | undefined {
  const ts = body.message?.ts;
  const channel = body.channel?.id;
  return blockId.startsWith(TASK_DM_BLOCK_PREFIX) && ts && channel ? { channel, ts } : undefined;
}

/** Redraws the owner's DM to show the task as it stands, with only the buttons that fit now. */
export async function redrawTaskDm(deps: ListenerDeps, client: ButtonArgs['client'], dm: TaskDmRef, taskId: number) {
  const current = deps.tasks.dmFor(taskId);
  if (current) await client.chat.update({ channel: dm.channel, ts: dm.ts, ...taskOwnerMessage(current) });
}

/** A status that needs a note opens a small form (the trigger is only good for 3 s); others apply at once. */
export async function applyOrAsk(
  deps: ListenerDeps,
  args: {
    userId: string;
    taskId: number;
    status: TaskStatus;
    triggerId: string;
    dm: TaskDmRef | undefined;
    client: ButtonArgs['client'];
    respond: ButtonArgs['respond'];
    /** Where there is no message to answer (the Home tab): redraw that instead. */
    refresh?: () => Promise<void>;
  },
) {
  if (NOTE_REQUIRED.has(args.status)) {
    const task = deps.tasks.editable(args.taskId, args.userId);
    await args.client.views.open({
      trigger_id: args.triggerId,
      view: taskNoteModal({ taskId: task.id, ref: taskRef(task), title: task.title, status: args.status, dm: args.dm }),
    });
    return;
  }
  const { task, followUp } = deps.tasks.changeStatus({
    taskId: args.taskId,
    actorUserId: args.userId,
    status: args.status,
    fromOwnerDm: args.dm !== undefined,
  });
  if (args.dm) await redrawTaskDm(deps, args.client, args.dm, task.id);
  else if (args.refresh) await args.refresh();
  else
    await args.respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: `${taskRef(task)} is now ${STATUS_LABELS[task.status].toLowerCase()}.${task.status === 'done' ? ' Thank you!' : ''}`,
    });
  await followUp();
}
