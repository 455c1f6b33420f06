import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import { type Coalition, canRemoveCoordinator, type Person, type Role } from '../domain/people.js';
import { groupRoster, type RosterView } from '../domain/roster.js';
import type { SectorKey } from '../domain/sectors.js';
import { recordAudit } from './audit.js';
import type { SlackDirectory } from './ports.js';
import type { PrivacyService } from './privacy.js';
import { createRosterMembership } from './roster-membership.js';

interface Deps {
  repos: Repositories;
  directory: SlackDirectory;
  privacy: PrivacyService;
  clock: Clock;
}

export function createRosterService({ repos, directory, privacy, clock }: Deps) {
  const audit = (
    coalition: Coalition,
    actorUserId: string,
    action: string,
    details: Parameters<typeof recordAudit>[3],
  ) =>
    recordAudit(
      repos,
      { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now: clock.now() },
      action,
      details,
    );

  const membership = createRosterMembership({ repos, directory, clock, audit });
  const { addMember } = membership;

  function coordinatorsOf(coalition: Coalition): string[] {
    return repos.people
      .listByCoalition(coalition.id)
      .filter((person) => person.active && person.role === 'coordinator')
      .map((person) => person.slackUserId);
  }

  function requireCoordinator(coalition: Coalition, userId: string, what: string): void {
    const person = repos.people.find(coalition.id, userId);
    if (person?.active && person.role === 'coordinator') return;
    const coordinators = coordinatorsOf(coalition).map((id) => `<@${id}>`);
    throw new DomainError(
      'forbidden',
      `Only coordinators can ${what}.`,
      coordinators.length > 0 ? `Ask ${coordinators.join(', ')} to do it.` : undefined,
    );
  }

  function requireRostered(coalition: Coalition, userId: string): Person {
    const person = repos.people.find(coalition.id, userId);
    if (person?.active) return person;
    throw new DomainError(
      'not_found',
      `<@${userId}> is not on this coalition’s roster yet.`,
      'They need to be a member of the coalition channel, or a coordinator can add them with `/coalition partner @name org:"Their Organisation" sector:education`.',
    );
  }

  return {
    requireCoordinator,
    coordinatorIds: coordinatorsOf,
    /** The person's role here, or undefined when they are not an active member. */
    roleOf(coalition: Coalition, userId: string): Role | undefined {
      const person = repos.people.find(coalition.id, userId);
      return person?.active ? person.role : undefined;
    },
    ...membership,

    async assignPartner(input: {
      coalition: Coalition;
      actorUserId: string;
      targetUserId: string;
      organisationName: string;
      sector: SectorKey;
    }): Promise<{ person: Person; organisationName: string }> {
      const { coalition } = input;
      requireCoordinator(coalition, input.actorUserId, 'add partners');
      const rostered =
        repos.people.find(coalition.id, input.targetUserId) ??
        (await addMember(coalition, input.targetUserId, { actorUserId: input.actorUserId, force: true }));
      if (!rostered) {
        throw new DomainError(
          'not_found',
          `I could not find <@${input.targetUserId}> in Slack.`,
          'Check the @mention and try again.',
        );
      }
      const organisation = repos.organisations.upsert({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        name: input.organisationName,
        sector: input.sector,
        now: clock.now(),
      });
      const person = repos.people.update(rostered.id, {
        organisationId: organisation.id,
        sector: input.sector,
        active: true,
        leftAt: null,
      });
      audit(coalition, input.actorUserId, 'roster.partner_set', {
        subject: input.targetUserId,
        before: { organisationId: rostered.organisationId, sector: rostered.sector },
        after: { organisationId: organisation.id, organisation: organisation.name, sector: input.sector },
      });
      return { person, organisationName: organisation.name };
    },

    setRole(input: { coalition: Coalition; actorUserId: string; targetUserId: string; role: Role }): Person {
      const { coalition } = input;
      requireCoordinator(coalition, input.actorUserId, 'change roles');
      const target = requireRostered(coalition, input.targetUserId);
      if (target.role === input.role) return target;
      if (!canRemoveCoordinator(repos.people.countActiveCoordinators(coalition.id), target, input.role)) {
        throw new DomainError(
          'last_coordinator',
          'You are the only coordinator, so you cannot step down yet.',
          'Make someone else a coordinator first: `/coalition role @name coordinator`.',
        );
      }
      const person = repos.people.setRole(target.id, input.role);
      audit(coalition, input.actorUserId, 'role.changed', {
        subject: input.targetUserId,
        before: { role: target.role },
        after: { role: input.role },
      });
      return person;
    },

    updateProfile(input: {
      coalitionId: number;
      userId: string;
      organisationName: string;
      sector: SectorKey;
      whatTheyBring: string | null;
    }): Person {
      const coalition = repos.coalitions.findById(input.coalitionId);
      if (!coalition) throw new DomainError('not_found', 'That coalition no longer exists.');
      const person = requireRostered(coalition, input.userId);
      privacy.guard(
        { organisation: input.organisationName, brings: input.whatTheyBring ?? undefined },
        { teamId: coalition.teamId, coalition, userId: input.userId, surface: 'profile' },
      );
      const organisation = repos.organisations.upsert({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        name: input.organisationName,
        sector: input.sector,
        now: clock.now(),
      });
      const updated = repos.people.update(person.id, {
        organisationId: organisation.id,
        sector: input.sector,
        whatTheyBring: input.whatTheyBring,
      });
      audit(coalition, input.userId, 'roster.profile_updated', {
        subject: input.userId,
        before: { organisationId: person.organisationId, sector: person.sector },
        after: { organisationId: organisation.id, sector: input.sector },
      });
      return updated;
    },

    profileOf(coalition: Coalition, userId: string): { person: Person; organisationName: string | null } {
      const person = requireRostered(coalition, userId);
      const organisation =
        person.organisationId === null ? undefined : repos.organisations.findById(person.organisationId);
      return { person, organisationName: organisation?.name ?? null };
    },

    view(coalition: Coalition): RosterView {
      return groupRoster(repos.people.listByCoalition(coalition.id), repos.organisations.listByCoalition(coalition.id));
    },
  };
}

export type RosterService = ReturnType<typeof createRosterService>;
