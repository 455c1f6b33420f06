import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import {
  type Coalition,
  canRemoveCoordinator,
  isRosterable,
  type Person,
  type Role,
  type SlackProfile,
} from '../domain/people.js';
import { groupRoster, type RosterView } from '../domain/roster.js';
import type { SectorKey } from '../domain/sectors.js';
import { recordAudit, SYSTEM_ACTOR } from './audit.js';
import type { SlackDirectory } from './ports.js';
import type { PrivacyService } from './privacy.js';

interface Deps {
  repos: Repositories;
  directory: SlackDirectory;
  privacy: PrivacyService;
  clock: Clock;
}

interface AddOptions {
  role?: Role;
  actorUserId?: string;
  /** A coordinator adding someone by hand may roster a guest; automatic rostering may not. */
  force?: boolean;
}

// users.info is Tier 4 (100+/min): a few at a time keeps setup quick without tripping the limit.
const PROFILE_LOOKUP_CONCURRENCY = 4;

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

  function upsertFromProfile(coalition: Coalition, profile: SlackProfile, options: AddOptions): Person {
    const now = clock.now();
    const actor = options.actorUserId ?? SYSTEM_ACTOR;
    const existing = repos.people.find(coalition.id, profile.userId);
    const tz = profile.tz ?? existing?.tz ?? coalition.timezone;
    if (!existing) {
      const person = repos.people.insert({
        teamId: coalition.teamId,
        coalitionId: coalition.id,
        slackUserId: profile.userId,
        homeTeamId: profile.teamId,
        displayName: profile.displayName,
        tz,
        role: options.role ?? 'partner',
        active: true,
        joinedAt: now,
      });
      audit(coalition, actor, 'roster.added', { subject: profile.userId, after: { role: person.role } });
      return person;
    }
    const patch = { displayName: profile.displayName, tz, homeTeamId: profile.teamId };
    if (existing.active) return repos.people.update(existing.id, patch);
    const person = repos.people.update(existing.id, { ...patch, active: true, leftAt: null });
    audit(coalition, actor, 'roster.rejoined', { subject: profile.userId });
    return person;
  }

  async function addMember(
    coalition: Coalition,
    userId: string,
    options: AddOptions = {},
  ): Promise<Person | undefined> {
    const profile = await directory.userProfile(userId);
    if (!profile) return undefined;
    if (!options.force && !isRosterable(profile)) return undefined;
    if (profile.isBot || profile.deleted) return undefined;
    return upsertFromProfile(coalition, profile, options);
  }

  async function syncChannel(coalition: Coalition, actorUserId: string): Promise<Person[]> {
    const memberIds = await directory.channelMembers(coalition.channelId);
    const rostered: Person[] = [];
    for (let start = 0; start < memberIds.length; start += PROFILE_LOOKUP_CONCURRENCY) {
      const batch = memberIds.slice(start, start + PROFILE_LOOKUP_CONCURRENCY);
      const people = await Promise.all(batch.map((userId) => addMember(coalition, userId, { actorUserId })));
      for (const person of people) if (person) rostered.push(person);
    }
    return rostered;
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
    addMember,
    syncChannel,

    async memberJoined(channelId: string, userId: string): Promise<Person | undefined> {
      const coalition = repos.coalitions.findByChannelId(channelId);
      if (!coalition) return undefined;
      return addMember(coalition, userId);
    },

    memberLeft(channelId: string, userId: string): Person | undefined {
      const coalition = repos.coalitions.findByChannelId(channelId);
      const person = coalition && repos.people.find(coalition.id, userId);
      if (!coalition || !person?.active) return undefined;
      const updated = repos.people.update(person.id, { active: false, leftAt: clock.now() });
      audit(coalition, SYSTEM_ACTOR, 'roster.left', { subject: userId, before: { role: person.role } });
      return updated;
    },

    /** Slack's user_change: keep names and timezones current; a deactivated account leaves every coalition. */
    userChanged(profile: SlackProfile): void {
      for (const person of repos.people.listBySlackUser(profile.userId)) {
        const patch = { displayName: profile.displayName, tz: profile.tz ?? person.tz };
        if (profile.deleted && person.active) {
          repos.people.update(person.id, { ...patch, active: false, leftAt: clock.now() });
          const coalition = repos.coalitions.findById(person.coalitionId);
          if (coalition) audit(coalition, SYSTEM_ACTOR, 'roster.deactivated', { subject: profile.userId });
        } else {
          repos.people.update(person.id, patch);
        }
      }
    },

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
