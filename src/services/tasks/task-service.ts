import type { Clock } from '../../clock.js';
import type { Repositories } from '../../db/repositories/index.js';
import { DomainError } from '../../domain/errors.js';
import { titledRef } from '../../domain/labels.js';
import type { Coalition } from '../../domain/people.js';
import type { SectorKey } from '../../domain/sectors.js';
import { isOpen, MAX_NOTE, MAX_TITLE, STATUS_LABELS, type Task, taskRef } from '../../domain/tasks.js';
import type { AppLogger } from '../../logger.js';
import { recordAudit } from '../audit.js';
import type { MessageOutbox } from '../message-outbox.js';
import type { TaskNotifier, TaskSummary } from '../ports.js';
import type { PrivacyService } from '../privacy.js';
import type { RosterService } from '../roster.js';
import type { DueDateParser } from './due-date-parser.js';
import { createTaskAccess } from './task-access.js';
import { createTaskChanges } from './task-changes.js';
import { createTaskDm } from './task-dm.js';
import { createTaskQueries } from './task-queries.js';

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

export interface TaskServiceDeps {
  repos: Repositories;
  roster: RosterService;
  privacy: PrivacyService;
  milestones?: MilestoneHook;
  notifier: TaskNotifier;
  outbox: Pick<MessageOutbox, 'plan' | 'sendNow'>;
  clock: Clock;
  logger: AppLogger;
  /** domain/due-dates, which the app loads after start (due-date-parser.ts). */
  dueDates: DueDateParser;
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

/** Tasks: coordinators assign and reassign here; status changes and reading are in task-changes and task-queries. */
export function createTaskService(deps: TaskServiceDeps) {
  const access = createTaskAccess(deps);
  const { repos, roster, clock, guard, owner, milestoneIdOf, taskIn, planDm, sendNow } = access;
  const { dmFor } = createTaskDm(access);
  return {
    ...createTaskChanges(access),
    ...createTaskQueries(access),
    /** The owner's DM for a task as it stands now, for redrawing it in place. */
    dmFor(taskId: number) {
      const task = repos.tasks.findById(taskId);
      return task ? dmFor(task) : undefined;
    },
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
        const parsed = deps.dueDates.parseDueDate(input.due, clock.now(), coalition.timezone);
        if (!parsed.ok)
          throw new DomainError(
            'usage',
            deps.dueDates.dueDateHint(parsed.reason),
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
      const ownerDm = { ownerPersonId: person.id, assignerUserId: input.actorUserId };
      const { task, rowId } = repos.transaction(() => {
        const created = repos.tasks.create(
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
        if (milestoneId !== undefined) repos.goals.linkTask(created.id, milestoneId);
        return { task: created, rowId: planDm(created, 'task_owner', ownerDm) };
      });
      recordAudit(
        repos,
        { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId: input.actorUserId, now },
        'task.assigned',
        { subject: taskRef(task), after: { owner: person.slackUserId, dueDate } },
      );
      const notifyOwner = () => sendNow(rowId);
      return { task, notify: notifyOwner };
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
        throw new DomainError(
          'conflict',
          `${titledRef(taskRef(task), task.title)} is already ${STATUS_LABELS[task.status].toLowerCase()}.`,
        );
      const now = clock.now();
      const previous = repos.people.findById(task.ownerPersonId)?.slackUserId;
      const { updated, rowId } = repos.transaction(() => {
        const changed = repos.tasks.update(
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
        const ownerDm = { ownerPersonId: person.id, assignerUserId: input.actorUserId };
        return { updated: changed, rowId: planDm(changed, 'task_owner', ownerDm) };
      });
      recordAudit(
        repos,
        { teamId: task.teamId, coalitionId: task.coalitionId, actorUserId: input.actorUserId, now },
        'task.reassigned',
        { subject: taskRef(task), before: { owner: previous }, after: { owner: person.slackUserId } },
      );
      const notifyOwner = () => sendNow(rowId);
      return { task: updated, notify: notifyOwner };
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
