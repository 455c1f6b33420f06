import { DateTime } from 'luxon';
import type { Clock } from '../../clock.js';
import type { Repositories } from '../../db/repositories/index.js';
import { dueDateHint, parseDueDate } from '../../domain/due-dates.js';
import { DomainError } from '../../domain/errors.js';
import type { Coalition, Person } from '../../domain/people.js';
import { sectorOf } from '../../domain/roster.js';
import type { SectorKey } from '../../domain/sectors.js';
import {
  isOpen,
  isOverdue,
  MAX_NOTE,
  MAX_TITLE,
  STATUS_LABELS,
  sortForDisplay,
  statusChangeProblem,
  type Task,
  type TaskEvent,
  type TaskStatus,
  taskRef,
} from '../../domain/tasks.js';
import type { AppLogger } from '../../logger.js';
import { recordAudit } from '../audit.js';
import type { TaskNotifier, TaskSummary } from '../ports.js';
import type { PrivacyService } from '../privacy.js';
import type { RosterService } from '../roster.js';

export type TaskFilter =
  | { kind: 'mine' }
  | { kind: 'all' }
  | { kind: 'overdue' }
  | { kind: 'owner'; userId: string }
  | { kind: 'sector'; sector: SectorKey };

export interface TaskView {
  task: Task;
  ownerUserId: string;
  organisationName: string | null;
  overdue: boolean;
}

/** What a task change means for its milestone; the returned function posts any celebration. */
export interface MilestoneHook {
  taskChanged(task: { milestoneId: number | null; coalitionId: number }): () => Promise<void>;
}

interface Deps {
  repos: Repositories;
  roster: RosterService;
  privacy: PrivacyService;
  milestones?: MilestoneHook;
  notifier: TaskNotifier;
  clock: Clock;
  logger: AppLogger;
}

export function summarise(task: Task): TaskSummary {
  return {
    id: task.id,
    ref: taskRef(task),
    title: task.title,
    dueDate: task.dueDate,
    status: STATUS_LABELS[task.status],
  };
}

export function createTaskService({ repos, roster, privacy, milestones, notifier, clock, logger }: Deps) {
  const guard = (coalition: Coalition, userId: string, fields: Record<string, string | undefined>) =>
    privacy.guard(fields, { teamId: coalition.teamId, coalition, userId, surface: 'task' });

  const today = (coalition: Coalition) =>
    DateTime.fromJSDate(clock.now(), { zone: coalition.timezone }).toISODate() ?? '';

  function owner(coalition: Coalition, userId: string): Person {
    const person = repos.people.find(coalition.id, userId);
    if (person?.active) return person;
    throw new DomainError(
      'not_found',
      `<@${userId}> is not on this coalition’s roster yet.`,
      'Add them first with `/coalition partner @name org:"Organisation" sector:education`.',
    );
  }

  function milestoneIdOf(coalition: Coalition, number: number): number {
    const milestone = repos.goals.milestoneByNumber(coalition.id, number);
    if (!milestone)
      throw new DomainError('not_found', `There is no milestone M-${number}.`, 'See them with `/coalition goals`.');
    return milestone.id;
  }

  function taskIn(coalition: Coalition, number: number): Task {
    const task = repos.tasks.findByNumber(coalition.id, number);
    if (task) return task;
    throw new DomainError(
      'not_found',
      `There is no task T-${number} in this coalition.`,
      'See the list with `/coalition tasks all`.',
    );
  }

  function coalitionOf(task: Task): Coalition {
    const coalition = repos.coalitions.findById(task.coalitionId);
    if (!coalition) throw new DomainError('not_found', 'That task’s coalition no longer exists.');
    return coalition;
  }

  function requireOwnerOrCoordinator(coalition: Coalition, task: Task, actorUserId: string): void {
    const actor = repos.people.find(coalition.id, actorUserId);
    if (actor?.active && (actor.id === task.ownerPersonId || actor.role === 'coordinator')) return;
    const ownerId = repos.people.findById(task.ownerPersonId)?.slackUserId;
    throw new DomainError(
      'forbidden',
      `Only the task’s owner${ownerId ? ` (<@${ownerId}>)` : ''} or a coordinator can update ${taskRef(task)}.`,
    );
  }

  function view(task: Task, day: string): TaskView {
    const person = repos.people.findById(task.ownerPersonId);
    const organisation = task.organisationId === null ? undefined : repos.organisations.findById(task.organisationId);
    return {
      task,
      ownerUserId: person?.slackUserId ?? '',
      organisationName: organisation?.name ?? null,
      overdue: isOverdue(task, day),
    };
  }

  async function notify(what: string, send: () => Promise<void>): Promise<boolean> {
    try {
      await send();
      return true;
    } catch (error) {
      logger.warn({ what, err: (error as Error).message }, 'could not send a task message');
      return false;
    }
  }

  return {
    assign(input: {
      coalition: Coalition;
      actorUserId: string;
      ownerUserId: string;
      title: string;
      due?: string;
      organisationName?: string;
      notes?: string;
      milestoneNumber?: number;
    }): { task: Task; notify: () => Promise<boolean> } {
      const { coalition } = input;
      roster.requireCoordinator(coalition, input.actorUserId, 'assign tasks');
      const title = input.title.trim();
      if (title.length < 3 || title.length > MAX_TITLE) {
        throw new DomainError(
          'usage',
          `Please give the task a title of 3 to ${MAX_TITLE} characters.`,
          'Example: `/coalition assign @sam Draft the referral pathway leaflet due:2026-12-05`',
        );
      }
      if ((input.notes ?? '').length > MAX_NOTE)
        throw new DomainError('usage', `Please keep the notes under ${MAX_NOTE} characters.`);
      guard(coalition, input.actorUserId, { title, notes: input.notes, organisation: input.organisationName });
      const person = owner(coalition, input.ownerUserId);
      let dueDate: string | null = null;
      if (input.due?.trim()) {
        const parsed = parseDueDate(input.due, clock.now(), coalition.timezone);
        if (!parsed.ok)
          throw new DomainError(
            'usage',
            dueDateHint(parsed.reason),
            'Example: `/coalition assign @sam Draft the leaflet due:next friday`',
          );
        dueDate = parsed.date;
      }
      const now = clock.now();
      const organisationId = input.organisationName?.trim()
        ? repos.organisations.upsert({
            teamId: coalition.teamId,
            coalitionId: coalition.id,
            name: input.organisationName.trim(),
            sector: null,
            now,
          }).id
        : person.organisationId;
      const milestoneId =
        input.milestoneNumber === undefined ? undefined : milestoneIdOf(coalition, input.milestoneNumber);
      const task = repos.tasks.create(
        {
          teamId: coalition.teamId,
          coalitionId: coalition.id,
          title,
          ownerPersonId: person.id,
          organisationId,
          dueDate,
          notes: input.notes?.trim() || null,
          createdBy: input.actorUserId,
        },
        now,
      );
      if (milestoneId !== undefined) repos.goals.linkTask(task.id, milestoneId);
      recordAudit(
        repos,
        { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId: input.actorUserId, now },
        'task.assigned',
        { subject: taskRef(task), after: { owner: person.slackUserId, dueDate } },
      );
      const organisationName =
        organisationId === null ? null : (repos.organisations.findById(organisationId)?.name ?? null);
      const notifyOwner = () =>
        notify('assigned', () =>
          notifier.assigned({
            ownerUserId: person.slackUserId,
            coalitionChannelId: coalition.channelId,
            assignerUserId: input.actorUserId,
            coalitionName: coalition.name,
            task: summarise(task),
            organisationName,
          }),
        );
      return { task, notify: notifyOwner };
    },

    /** Owners update their own tasks; coordinators any. A note is required for at risk, blocked and dropped. */
    changeStatus(input: { taskId: number; actorUserId: string; status: TaskStatus; note?: string | null }): {
      task: Task;
      followUp: () => Promise<void>;
    } {
      const task = repos.tasks.findById(input.taskId);
      if (!task) throw new DomainError('not_found', 'That task no longer exists.');
      const coalition = coalitionOf(task);
      requireOwnerOrCoordinator(coalition, task, input.actorUserId);
      const note = input.note?.trim() || null;
      const problem = statusChangeProblem({ status: input.status, note });
      if (problem) throw new DomainError('invalid_input', problem);
      guard(coalition, input.actorUserId, { note: note ?? undefined });
      if (task.status === input.status && !note) return { task, followUp: async () => undefined };
      const now = clock.now();
      const updated = repos.tasks.update(
        task,
        { status: input.status },
        { actorUserId: input.actorUserId, kind: 'status', fromStatus: task.status, toStatus: input.status, note },
        now,
      );
      recordAudit(
        repos,
        { teamId: task.teamId, coalitionId: task.coalitionId, actorUserId: input.actorUserId, now },
        'task.status_changed',
        {
          subject: taskRef(task),
          before: { status: task.status },
          after: { status: input.status },
        },
      );
      return { task: updated, followUp: milestones?.taskChanged(updated) ?? (async () => undefined) };
    },

    decline(input: { taskId: number; actorUserId: string; reason: string }): {
      task: Task;
      notify: () => Promise<boolean>;
    } {
      const task = repos.tasks.findById(input.taskId);
      if (!task) throw new DomainError('not_found', 'That task no longer exists.');
      const coalition = coalitionOf(task);
      const actor = repos.people.find(coalition.id, input.actorUserId);
      if (actor?.id !== task.ownerPersonId)
        throw new DomainError('forbidden', `Only the task’s owner can hand ${taskRef(task)} back.`);
      const reason = input.reason.trim();
      if (reason.length === 0 || reason.length > MAX_NOTE)
        throw new DomainError(
          'invalid_input',
          `Please say briefly why (up to ${MAX_NOTE} characters), so the coordinator can find someone else.`,
        );
      guard(coalition, input.actorUserId, { reason });
      const now = clock.now();
      const updated = repos.tasks.update(
        task,
        {},
        {
          actorUserId: input.actorUserId,
          kind: 'declined',
          fromStatus: task.status,
          toStatus: task.status,
          note: reason,
        },
        now,
      );
      recordAudit(
        repos,
        { teamId: task.teamId, coalitionId: task.coalitionId, actorUserId: input.actorUserId, now },
        'task.declined',
        { subject: taskRef(task) },
      );
      const notifyCoordinator = () =>
        notify('declined', () =>
          notifier.declined({
            coordinatorUserId: task.createdBy,
            coalitionChannelId: coalition.channelId,
            ownerUserId: input.actorUserId,
            task: summarise(task),
            reason,
          }),
        );
      return { task: updated, notify: notifyCoordinator };
    },

    reassign(input: { coalition: Coalition; actorUserId: string; number: number; ownerUserId: string }): {
      task: Task;
      notify: () => Promise<boolean>;
    } {
      const { coalition } = input;
      roster.requireCoordinator(coalition, input.actorUserId, 'reassign tasks');
      const task = taskIn(coalition, input.number);
      const person = owner(coalition, input.ownerUserId);
      if (!isOpen(task))
        throw new DomainError('conflict', `${taskRef(task)} is already ${STATUS_LABELS[task.status].toLowerCase()}.`);
      const now = clock.now();
      const previous = repos.people.findById(task.ownerPersonId)?.slackUserId;
      const updated = repos.tasks.update(
        task,
        { ownerPersonId: person.id },
        {
          actorUserId: input.actorUserId,
          kind: 'reassigned',
          fromStatus: task.status,
          toStatus: task.status,
          note: null,
        },
        now,
      );
      recordAudit(
        repos,
        { teamId: task.teamId, coalitionId: task.coalitionId, actorUserId: input.actorUserId, now },
        'task.reassigned',
        { subject: taskRef(task), before: { owner: previous }, after: { owner: person.slackUserId } },
      );
      const notifyOwner = () =>
        notify('reassigned', () =>
          notifier.assigned({
            ownerUserId: person.slackUserId,
            coalitionChannelId: coalition.channelId,
            assignerUserId: input.actorUserId,
            coalitionName: coalition.name,
            task: summarise(updated),
            organisationName: null,
          }),
        );
      return { task: updated, notify: notifyOwner };
    },

    /** The task, if this person may update it (for opening a note form before the change). */
    editable(taskId: number, actorUserId: string): Task {
      const task = repos.tasks.findById(taskId);
      if (!task) throw new DomainError('not_found', 'That task no longer exists.');
      requireOwnerOrCoordinator(coalitionOf(task), task, actorUserId);
      return task;
    },

    /** For `/coalition done T-42` and friends: the task in this coalition by its number. */
    numbered(coalition: Coalition, number: number): Task {
      return taskIn(coalition, number);
    },

    list(coalition: Coalition, actorUserId: string, filter: TaskFilter): TaskView[] {
      const day = today(coalition);
      const open = repos.tasks.listByCoalition(coalition.id, { openOnly: true });
      const people = new Map(repos.people.listByCoalition(coalition.id).map((person) => [person.id, person]));
      const organisations = new Map(
        repos.organisations.listByCoalition(coalition.id).map((organisation) => [organisation.id, organisation]),
      );
      const me = repos.people.find(coalition.id, actorUserId);
      const matches = (task: Task): boolean => {
        const person = people.get(task.ownerPersonId);
        switch (filter.kind) {
          case 'mine':
            return task.ownerPersonId === me?.id;
          case 'all':
            return true;
          case 'overdue':
            return isOverdue(task, day);
          case 'owner':
            return person?.slackUserId === filter.userId;
          case 'sector':
            return (
              person !== undefined &&
              sectorOf(person, task.organisationId === null ? undefined : organisations.get(task.organisationId)) ===
                filter.sector
            );
        }
      };
      return sortForDisplay(open.filter(matches), day).map((task) => view(task, day));
    },

    openTasksOf(personId: number): Task[] {
      return repos.tasks.listOpenByOwner(personId);
    },

    detail(coalition: Coalition, number: number): { view: TaskView; history: TaskEvent[] } {
      const task = taskIn(coalition, number);
      return { view: view(task, today(coalition)), history: repos.tasks.history(task.id) };
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
