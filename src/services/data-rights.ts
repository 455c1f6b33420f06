import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import type { Coalition } from '../domain/people.js';
import { taskRef } from '../domain/tasks.js';
import { recordAudit } from './audit.js';
import type { FileSender } from './ports.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  roster: RosterService;
  files: FileSender;
  clock: Clock;
}

export function createDataRightsService({ repos, roster, files, clock }: Deps) {
  /** Everything stored about one Slack user, across their coalitions; other people's data stays out. */
  function collect(userId: string) {
    const memberships = repos.people.listBySlackUser(userId);
    return {
      exportedAt: clock.now().toISOString(),
      slackUserId: userId,
      memberships: memberships.map((person) => {
        const coalition = repos.coalitions.findById(person.coalitionId);
        const organisation =
          person.organisationId === null ? undefined : repos.organisations.findById(person.organisationId);
        return {
          coalition: coalition?.name,
          displayName: person.displayName,
          timezone: person.tz,
          role: person.role,
          organisation: organisation?.name ?? null,
          sector: person.sector,
          whatYouBring: person.whatTheyBring,
          active: person.active,
          joinedAt: person.joinedAt.toISOString(),
          leftAt: person.leftAt?.toISOString() ?? null,
          awayPeriods: repos.away.listFor(person.id).map(({ fromDate, toDate }) => ({ fromDate, toDate })),
          checkins: repos.responses.listForPerson(person.id).map((response) => {
            const cycle = repos.cycles.findById(response.cycleId);
            return {
              cycleDate: cycle?.cycleDate,
              status: response.status,
              late: response.late,
              submittedAt: response.submittedAt.toISOString(),
              answers: (cycle?.questions ?? [])
                .filter((question) => response.answers?.[question.key] !== undefined)
                .map((question) => ({ question: question.prompt, answer: response.answers?.[question.key] })),
            };
          }),
          tasks: repos.tasks.listByOwner(person.id).map((task) => ({
            ref: taskRef(task),
            title: task.title,
            status: task.status,
            dueDate: task.dueDate,
            notes: task.notes,
            history: repos.tasks.history(task.id).map((event) => ({
              kind: event.kind,
              toStatus: event.toStatus,
              note: event.note,
              at: event.at.toISOString(),
            })),
          })),
        };
      }),
      auditEntries: repos.auditLog
        .involving(userId)
        .map((entry) => ({ action: entry.action, at: entry.at.toISOString(), byYou: entry.actorUserId === userId })),
    };
  }

  return {
    collect,

    async sendExport(input: { teamId: string; coalition: Coalition | undefined; userId: string }): Promise<void> {
      const data = collect(input.userId);
      await files.sendToUser({
        userId: input.userId,
        filename: `coalition-checkins-data-${input.userId}.json`,
        title: 'Your Coalition Check-ins data',
        content: JSON.stringify(data, null, 2),
        message: 'Here is everything Coalition Check-ins stores about you, as you asked.',
      });
      if (input.coalition) {
        recordAudit(
          repos,
          { teamId: input.teamId, coalitionId: input.coalition.id, actorUserId: input.userId, now: clock.now() },
          'data.exported',
          { subject: input.userId },
        );
      }
    },

    /** Checks the coordinator may erase this person; the confirmation step calls `erase`. */
    prepareErase(coalition: Coalition, actorUserId: string, targetUserId: string): { displayName: string } {
      roster.requireCoordinator(coalition, actorUserId, 'erase a member’s data');
      const person = repos.people.find(coalition.id, targetUserId);
      if (!person) throw new DomainError('not_found', `<@${targetUserId}> is not on this coalition’s roster.`);
      return { displayName: person.displayName };
    },

    /** Authorship becomes "Former member (organisation)"; their free text is deleted; the audit log says so. */
    erase(coalition: Coalition, actorUserId: string, targetUserId: string): void {
      roster.requireCoordinator(coalition, actorUserId, 'erase a member’s data');
      const person = repos.people.find(coalition.id, targetUserId);
      if (!person) throw new DomainError('not_found', 'That member has already been erased or has left the roster.');
      const organisation =
        person.organisationId === null ? undefined : repos.organisations.findById(person.organisationId);
      const now = clock.now();
      repos.transaction(() => {
        repos.responses.clearAnswersOf(person.id);
        repos.tasks.clearFreeTextBy(person.id, targetUserId);
        repos.outboxMessages.dropCelebrationsOf(person.id, targetUserId, now);
        // The kept DM id names their Slack user; without it a later DM simply goes to the user id again.
        repos.dmChannels.forget(targetUserId);
        repos.people.update(person.id, {
          displayName: `Former member (${organisation?.name ?? 'no organisation'})`,
          whatTheyBring: null,
          slackUserId: `erased-${person.id}`,
          active: false,
          leftAt: now,
          inactiveReason: 'erased',
        });
        recordAudit(repos, { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now }, 'data.erased', {
          subject: `person:${person.id}`,
        });
      });
      repos.checkpoint();
    },
  };
}

export type DataRightsService = ReturnType<typeof createDataRightsService>;
