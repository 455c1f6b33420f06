import type { types } from '@slack/bolt';
import { STATUS_LABELS, TASK_STATUSES, type TaskEvent, taskRef } from '../../domain/tasks.js';
import type { TaskSummary } from '../../services/ports.js';
import type { TaskView } from '../../services/tasks/task-service.js';
import { TASK_ACTIONS } from '../ids.js';
import { formatCycleDate } from './dates.js';
import { type Block, button, context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

// A message carries at most 50 blocks: a header line, up to 40 tasks and a footer keep well inside it.
const MAX_LISTED = 40;

const due = (date: string | null) => (date ? `due ${formatCycleDate(date)}` : 'no due date');

export function statusOptions(): types.PlainTextOption[] {
  return TASK_STATUSES.map((status) => ({ text: { type: 'plain_text', text: STATUS_LABELS[status] }, value: status }));
}

function taskButtons(taskId: number): types.ActionsBlock {
  const value = String(taskId);
  return {
    type: 'actions',
    block_id: `task_actions_${taskId}`,
    elements: [
      button('Start', TASK_ACTIONS.start, value, 'primary'),
      button('Done', TASK_ACTIONS.done, value),
      button('Blocked', TASK_ACTIONS.blocked, value),
      button('Can’t take this on', TASK_ACTIONS.decline, value),
    ],
  };
}

export function taskAssignedMessage(input: {
  assignerUserId: string;
  coalitionName: string;
  task: TaskSummary;
  organisationName: string | null;
}): SlackMessage {
  const { task } = input;
  const org = input.organisationName ? ` for *${escapeMrkdwn(input.organisationName)}*` : '';
  const text = `<@${input.assignerUserId}> has asked you to take on *${task.ref} · ${escapeMrkdwn(task.title)}*${org} in ${escapeMrkdwn(input.coalitionName)}. It is ${due(task.dueDate)}.`;
  return {
    text: `New task ${task.ref}: ${task.title}`,
    blocks: [
      section(text),
      taskButtons(task.id),
      context('Update it any time with these buttons, `/coalition tasks`, or from your check-in.'),
    ],
  };
}

export function taskDeclinedMessage(input: { ownerUserId: string; task: TaskSummary; reason: string }): SlackMessage {
  const text = `<@${input.ownerUserId}> can’t take on *${input.task.ref} · ${escapeMrkdwn(input.task.title)}*: “${escapeMrkdwn(input.reason)}”`;
  return {
    text: `${input.task.ref} needs a new owner`,
    blocks: [section(text), context(`Reassign it with \`/coalition reassign ${input.task.ref} @someone\`.`)],
  };
}

function statusMenu(taskId: number): types.Overflow {
  return {
    type: 'overflow',
    action_id: TASK_ACTIONS.statusMenu,
    options: TASK_STATUSES.slice(0, 5).map((status) => ({
      text: { type: 'plain_text', text: STATUS_LABELS[status] },
      value: `${taskId}:${status}`,
    })),
  };
}

function taskLine(view: TaskView): string {
  const { task } = view;
  const flag = view.overdue ? ' · *overdue*' : '';
  return `*${taskRef(task)}* ${escapeMrkdwn(task.title)}\n${STATUS_LABELS[task.status]} · <@${view.ownerUserId}> · ${due(task.dueDate)}${flag}`;
}

/** An ephemeral list; each task has a menu to update it (the service checks who may). */
export function taskListMessage(title: string, views: TaskView[]): SlackMessage {
  const blocks: Block[] = [section(`*${title}*`)];
  if (views.length === 0) blocks.push(section('Nothing here: no open tasks match.'));
  for (const view of views.slice(0, MAX_LISTED))
    blocks.push({ ...section(taskLine(view)), accessory: statusMenu(view.task.id) });
  if (views.length > MAX_LISTED)
    blocks.push(
      context(
        `…and ${views.length - MAX_LISTED} more. Narrow the list with \`/coalition tasks overdue\`, \`@name\` or \`sector:health\`.`,
      ),
    );
  blocks.push(
    context('Assign with `/coalition assign @name Title due:next friday`; mark done with `/coalition done T-42`.'),
  );
  return { text: `${title}: ${views.length} open`, blocks };
}

const EVENT_WORDS: Record<TaskEvent['kind'], string> = {
  created: 'assigned',
  status: 'changed it',
  reassigned: 'reassigned it',
  declined: 'handed it back',
};

export function taskDetailMessage(view: TaskView, history: TaskEvent[]): SlackMessage {
  const { task } = view;
  const org = view.organisationName ? ` · ${escapeMrkdwn(view.organisationName)}` : '';
  const lines = history.map((event) => {
    const change =
      event.kind === 'status'
        ? ` to ${STATUS_LABELS[event.toStatus as keyof typeof STATUS_LABELS] ?? event.toStatus}`
        : '';
    const note = event.note ? `: “${escapeMrkdwn(event.note)}”` : '';
    return `• ${event.at.toISOString().slice(0, 10)} <@${event.actorUserId}> ${EVENT_WORDS[event.kind]}${change}${note}`;
  });
  return {
    text: `${taskRef(task)}: ${task.title}`,
    blocks: [
      {
        ...section(`${taskLine(view)}${org}${task.notes ? `\n_${escapeMrkdwn(task.notes)}_` : ''}`),
        accessory: statusMenu(task.id),
      },
      section(`*History*\n${lines.slice(-20).join('\n')}`),
    ],
  };
}

export function taskReminderMessage(input: { today: string; tasks: TaskSummary[] }): SlackMessage {
  const lines = input.tasks.map((task) => {
    const state =
      task.dueDate && task.dueDate < input.today ? `was due ${formatCycleDate(task.dueDate)}` : due(task.dueDate);
    return `• *${task.ref}* ${escapeMrkdwn(task.title)}: ${state} (${task.status})`;
  });
  return {
    text: `${input.tasks.length} of your coalition tasks need a look`,
    blocks: [
      section(`A friendly nudge about your coalition tasks:\n${lines.join('\n')}`),
      context('Update them with `/coalition tasks`, or tell your coordinator if you need help.'),
    ],
  };
}
