import type { Repositories } from '../db/repositories/index.js';
import type { OutboxMessage } from '../db/repositories/outbox-messages.js';
import { milestoneRef } from '../domain/goals.js';
import type { Coalition } from '../domain/people.js';
import { isOpen, type Task } from '../domain/tasks.js';
import type { CelebrationNotifier, ChannelMessageRef, SentMessage, TaskNotifier } from './ports.js';
import { createTaskDm } from './tasks/task-dm.js';
import { summarise } from './tasks/task-service.js';

/** The reaction the app adds to a milestone's celebration and a shared win. */
export const CELEBRATION_REACTION = 'tada';

export type HandlerOutcome =
  | {
      status: 'sent';
      message: ChannelMessageRef;
      /** Runs in the transaction that records the row as sent; may plan a follow-up row (returns its id). */
      recorded?: (now: Date) => number | undefined;
    }
  | { status: 'skipped'; reason: string };

const skipped = (reason: string): HandlerOutcome => ({ status: 'skipped', reason });
const num = (value: unknown): number => Number(value);

/** Builds and sends each kind of message-outbox row from what the database holds when it is sent. */
export function createMessageHandlers({
  repos,
  celebrations,
  tasks,
}: {
  repos: Repositories;
  celebrations: CelebrationNotifier;
  tasks: TaskNotifier;
}) {
  const { dmFor } = createTaskDm({
    repos,
    coalitionOf: (task: Task) => {
      const coalition = repos.coalitions.findById(task.coalitionId);
      if (!coalition) throw new Error(`coalition ${task.coalitionId} is gone`);
      return coalition;
    },
  });

  function organisationOf(organisationId: number | null) {
    return organisationId === null ? undefined : repos.organisations.findById(organisationId);
  }

  function milestoneContent(milestoneId: number) {
    const reached = repos.goals.milestoneById(milestoneId);
    if (!reached) return undefined;
    const owners = new Map<number, { userId: string; organisation: string | null }>();
    for (const task of repos.goals.linkedTasks(reached.id)) {
      const person = repos.people.findById(task.ownerPersonId);
      if (person)
        owners.set(person.id, {
          userId: person.slackUserId,
          organisation: organisationOf(task.organisationId)?.name ?? null,
        });
    }
    const goal = repos.goals.goalById(reached.goalId)?.title ?? '';
    return { ref: milestoneRef(reached), title: reached.title, goal, contributors: [...owners.values()] };
  }

  /** Posts the celebration the row names; undefined when what it celebrates is gone (erased). */
  async function postCelebration(row: OutboxMessage, channelId: string, celebrationId: number) {
    const celebration = repos.celebrations.findById(celebrationId);
    if (celebration?.kind === 'milestone') {
      const content = milestoneContent(num(row.refs.milestoneId));
      return content && celebrations.milestone(channelId, content, row.id);
    }
    const personId = celebration?.kind === 'kudos' ? celebration.recipientPersonId : num(row.refs.personId);
    const person = personId === null ? undefined : repos.people.findById(personId);
    if (!person || !celebration || row.body === null) return undefined;
    const organisation = organisationOf(person.organisationId);
    if (celebration.kind === 'win')
      return celebrations.win(
        channelId,
        { userId: person.slackUserId, organisation: organisation?.name ?? null, text: row.body },
        row.id,
      );
    return celebrations.kudos(
      channelId,
      {
        fromUserId: celebration.fromUserId ?? '',
        toUserId: person.slackUserId,
        organisation: organisation?.name ?? null,
        whatTheyBring: person.whatTheyBring ?? organisation?.whatTheyBring ?? null,
        reason: row.body,
      },
      row.id,
    );
  }

  async function celebration(row: OutboxMessage): Promise<HandlerOutcome> {
    const celebrationId = num(row.refs.celebrationId);
    const found = repos.celebrations.findById(celebrationId);
    if (!found) return skipped('celebration gone');
    // A second attempt may follow a post whose answer was lost: look in the channel before posting again.
    const ts = row.attempts > 1 ? await celebrations.findSent(found.channelId, row.id) : undefined;
    const message = ts
      ? { channelId: found.channelId, ts }
      : await postCelebration(row, found.channelId, celebrationId);
    if (!message) return skipped('subject gone');
    return {
      status: 'sent',
      message,
      recorded: (now) => {
        // Reactions are counted against the message, so its ts is kept on the celebration.
        repos.celebrations.setMessage(celebrationId, message.ts);
        if (found.kind === 'kudos' || !message.ts) return undefined;
        return repos.outboxMessages.plan({
          teamId: row.teamId,
          coalitionId: row.coalitionId,
          kind: 'celebration_reaction',
          dedupeKey: `celebration_reaction:${celebrationId}:${CELEBRATION_REACTION}`,
          refs: { celebrationId },
          dueAt: now,
        });
      },
    };
  }

  async function reaction(row: OutboxMessage): Promise<HandlerOutcome> {
    const found = repos.celebrations.findById(num(row.refs.celebrationId));
    if (!found?.ts) return skipped('celebration not in Slack');
    const message = { channelId: found.channelId, ts: found.ts };
    await celebrations.react(message, CELEBRATION_REACTION);
    return { status: 'sent', message };
  }

  /** Sends a DM unless the row already did (found in the DM by its metadata). */
  async function dm(row: OutboxMessage, userId: string, send: () => Promise<SentMessage>): Promise<SentMessage> {
    const already = row.attempts > 1 ? await tasks.findSent(userId, row.id) : undefined;
    return already ?? send();
  }

  async function taskOwner(row: OutboxMessage, coalition: Coalition, task: Task): Promise<HandlerOutcome> {
    const owner = repos.people.findById(task.ownerPersonId);
    // A reassignment since then has its own row; this one is no longer the owner's news.
    if (task.ownerPersonId !== num(row.refs.ownerPersonId) || !owner?.active) return skipped('no longer the owner');
    const target = { userId: owner.slackUserId, coalitionChannelId: coalition.channelId };
    const content = { ...dmFor(task), assignerUserId: String(row.refs.assignerUserId) };
    const sent = await dm(row, owner.slackUserId, () => tasks.assigned(target, content, row.id));
    return {
      status: 'sent',
      message: sent,
      recorded: () => {
        // Later changes redraw this DM in place (chat.update of the kept ts).
        if (sent.path === 'dm' && sent.ts)
          repos.tasks.rememberOwnerDm(task.id, { channelId: sent.channelId, ts: sent.ts });
        return undefined;
      },
    };
  }

  async function taskEvent(row: OutboxMessage, coalition: Coalition, task: Task): Promise<HandlerOutcome> {
    const event = repos.tasks.history(task.id).find((entry) => entry.id === num(row.refs.eventId));
    if (!event) return skipped('task event gone');
    const target = { userId: task.createdBy, coalitionChannelId: coalition.channelId };
    const about = { ownerUserId: event.actorUserId, task: summarise(task) };
    const sent = await dm(row, target.userId, () =>
      row.kind === 'task_blocked'
        ? tasks.blocked(target, { ...about, note: event.note ?? '' }, row.id)
        : tasks.declined(target, { ...about, reason: event.note ?? '' }, row.id),
    );
    return { status: 'sent', message: sent };
  }

  async function taskReminder(row: OutboxMessage, coalition: Coalition): Promise<HandlerOutcome> {
    const person = repos.people.findById(num(row.refs.personId));
    const today = String(row.refs.localDate);
    const ids = (row.refs.taskIds as number[]) ?? [];
    const open = ids.flatMap((id) => repos.tasks.findById(id) ?? []).filter(isOpen);
    const finishDay = () => {
      if (person) repos.tasks.finishReminderDay(person.id, today, ids);
      return undefined;
    };
    if (!person?.active || open.length === 0) {
      finishDay();
      return skipped(person?.active ? 'nothing left to remind' : 'person inactive');
    }
    const target = { userId: person.slackUserId, coalitionChannelId: coalition.channelId };
    const sent = await dm(row, person.slackUserId, () =>
      tasks.dueReminder(target, { today, tasks: open.map(summarise) }, row.id),
    );
    return { status: 'sent', message: sent, recorded: finishDay };
  }

  return async function run(row: OutboxMessage): Promise<HandlerOutcome> {
    if (row.kind === 'celebration') return celebration(row);
    if (row.kind === 'celebration_reaction') return reaction(row);
    const coalition = repos.coalitions.findById(row.coalitionId);
    if (!coalition) return skipped('coalition gone');
    if (row.kind === 'task_reminder') return taskReminder(row, coalition);
    const task = repos.tasks.findById(num(row.refs.taskId));
    if (!task) return skipped('task gone');
    return row.kind === 'task_owner' ? taskOwner(row, coalition, task) : taskEvent(row, coalition, task);
  };
}
