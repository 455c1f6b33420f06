import type { types } from '@slack/bolt';
import { STATUS_LABELS, TASK_STATUSES, type TaskEvent, type TaskStatus, taskRef } from '../../domain/tasks.js';
import type { TaskDm, TaskSummary } from '../../services/ports.js';
import type { TaskView } from '../../services/tasks/task-service.js';
import { TASK_ACTIONS, TASK_DM_BLOCK_PREFIX } from '../ids.js';
import { formatDate, slackDate, slackDay } from './dates.js';
import { type Block, button, context, plainText, type SlackMessage, section } from './elements.js';
import { escapeMrkdwn } from './escape.js';

// A message carries at most 50 blocks: a header line, up to 40 tasks and a footer keep well inside it.
const MAX_LISTED = 40;

const due = (date: string | null) => (date ? `due ${slackDate(date)}` : 'no due date');

export function statusOptions(): types.PlainTextOption[] {
  return TASK_STATUSES.map((status) => ({ text: { type: 'plain_text', text: STATUS_LABELS[status] }, value: status }));
}

// Only the next steps that make sense from each status; a closed task has none (lists can still reopen it).
const NEXT_STEPS: Record<TaskStatus, Array<'start' | 'resume' | 'done' | 'blocked' | 'decline'>> = {
  not_started: ['start', 'blocked', 'decline'],
  on_track: ['done', 'blocked'],
  at_risk: ['done', 'resume', 'blocked'],
  blocked: ['resume', 'done', 'decline'],
  done: [],
  dropped: [],
};

function doneButton(dm: TaskDm): types.Button {
  const milestone = dm.completesMilestone;
  const primary = dm.task.statusKey === 'blocked' ? undefined : 'primary';
  if (!milestone) return button('Done', TASK_ACTIONS.done, String(dm.task.id), primary);
  return {
    ...button('Done', TASK_ACTIONS.done, `${dm.task.id}:confirmed`, primary),
    confirm: {
      title: plainText('Complete the milestone?', 100),
      text: plainText(
        `This is the last task for ${milestone.ref} · ${milestone.title}, so marking it done celebrates the milestone in the coalition channel.`,
        300,
      ),
      confirm: plainText('Yes, it’s done', 30),
      deny: plainText('Not yet', 30),
    },
  };
}

/**
 * Asked when Done is picked from a list's menu for a milestone's last task: a menu cannot carry a confirm dialog
 * for one of its options, and Done then celebrates in the channel, so it is asked here once more.
 */
export function milestoneDoneQuestion(dm: TaskDm): SlackMessage {
  const milestone = dm.completesMilestone;
  const text = milestone
    ? `*${dm.task.ref}* is the last task for *${milestone.ref} · ${escapeMrkdwn(milestone.title)}*: marking it done celebrates the milestone in the coalition channel.`
    : `Mark *${dm.task.ref}* done?`;
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        elements: [button('Yes, it’s done', TASK_ACTIONS.done, `${dm.task.id}:confirmed`, 'primary')],
      },
    ],
  };
}

function taskButtons(dm: TaskDm): types.ActionsBlock[] {
  const value = String(dm.task.id);
  const make = {
    start: () => button('Start', TASK_ACTIONS.start, value, 'primary'),
    resume: () =>
      button('Back on track', TASK_ACTIONS.start, value, dm.task.statusKey === 'blocked' ? 'primary' : undefined),
    done: () => doneButton(dm),
    blocked: () => button('Blocked', TASK_ACTIONS.blocked, value),
    decline: () => button('Can’t take this on', TASK_ACTIONS.decline, value),
  };
  const elements = dm.handedBack ? [] : NEXT_STEPS[dm.task.statusKey].map((step) => make[step]());
  return elements.length > 0 ? [{ type: 'actions', block_id: `${TASK_DM_BLOCK_PREFIX}${dm.task.id}`, elements }] : [];
}

function statusLine(dm: TaskDm): string {
  const { task } = dm;
  const note = task.note ? `: “${escapeMrkdwn(task.note)}”` : '';
  if (dm.handedBack)
    return `*You handed this back*${note}\n<@${dm.assignerUserId}> has been told and will find someone else. Thank you for saying.`;
  if (task.statusKey === 'done') return '*Status: Done.* Thank you!';
  if (task.statusKey === 'blocked')
    return `*Status: Blocked*${note}\n<@${dm.assignerUserId}> has been told, and can help find a way through.`;
  return `*Status: ${task.status}*${note}`;
}

/** The owner's DM about one task: sent on assignment, then redrawn in place after each change made from it. */
export function taskOwnerMessage(dm: TaskDm): SlackMessage {
  const { task } = dm;
  const org = dm.organisationName ? ` for *${escapeMrkdwn(dm.organisationName)}*` : '';
  const milestone = dm.completesMilestone
    ? `\nIt is the last task for *${dm.completesMilestone.ref} · ${escapeMrkdwn(dm.completesMilestone.title)}*.`
    : '';
  const lead = `<@${dm.assignerUserId}> has asked you to take on *${task.ref} · ${escapeMrkdwn(task.title)}*${org} in ${escapeMrkdwn(dm.coalitionName)}. It is ${due(task.dueDate)}.${milestone}`;
  const open = task.statusKey !== 'done' && task.statusKey !== 'dropped' && !dm.handedBack;
  return {
    text: escapeMrkdwn(`${task.ref} · ${task.title}: ${task.status.toLowerCase()}`),
    blocks: [
      section(lead),
      section(statusLine(dm)),
      ...taskButtons(dm),
      ...(dm.handedBack
        ? []
        : [
            context(
              open
                ? 'Update it any time here, with `/coalition tasks`, or from your check-in.'
                : 'Reopen it any time from `/coalition tasks`.',
            ),
          ]),
    ],
  };
}

/** The assigning coordinator hears when a task they gave someone is blocked, with the owner’s note. */
export function taskBlockedMessage(input: { ownerUserId: string; task: TaskSummary; note: string }): SlackMessage {
  const text = `<@${input.ownerUserId}> is blocked on *${input.task.ref} · ${escapeMrkdwn(input.task.title)}*: “${escapeMrkdwn(input.note)}”`;
  return {
    text: escapeMrkdwn(`${input.task.ref} · ${input.task.title} is blocked`),
    blocks: [
      section(text),
      context('A quick word often unblocks it. The owner can mark it back on track from their DM.'),
    ],
  };
}

export function taskDeclinedMessage(input: { ownerUserId: string; task: TaskSummary; reason: string }): SlackMessage {
  const text = `<@${input.ownerUserId}> can’t take on *${input.task.ref} · ${escapeMrkdwn(input.task.title)}*: “${escapeMrkdwn(input.reason)}”`;
  return {
    text: escapeMrkdwn(`${input.task.ref} · ${input.task.title} needs a new owner`),
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
    return `• ${slackDay(event.at, 'UTC')} <@${event.actorUserId}> ${EVENT_WORDS[event.kind]}${change}${note}`;
  });
  return {
    text: escapeMrkdwn(`${taskRef(task)} · ${task.title}`),
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
    const state = task.dueDate && task.dueDate < input.today ? `was due ${slackDate(task.dueDate)}` : due(task.dueDate);
    return `• *${task.ref}* ${escapeMrkdwn(task.title)}: ${state} (${task.status.toLowerCase()})`;
  });
  return {
    text:
      input.tasks.length === 1
        ? `${input.tasks[0]?.ref} needs a look (${formatDate(input.today)})`
        : `${input.tasks.length} of your coalition tasks need a look`,
    blocks: [
      section(`A friendly nudge about your coalition tasks:\n${lines.join('\n')}`),
      context('Update them with `/coalition tasks`, or tell your coordinator if you need help.'),
    ],
  };
}
