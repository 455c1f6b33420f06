import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { type Coalition, isRosterable, type Person, type Role, type SlackProfile } from '../domain/people.js';
import { type recordAudit, SYSTEM_ACTOR } from './audit.js';
import type { SlackDirectory } from './ports.js';

interface AddOptions {
  role?: Role;
  actorUserId?: string;
  /** A coordinator adding someone by hand may roster a guest; automatic rostering may not. */
  force?: boolean;
}

type Audit = (
  coalition: Coalition,
  actorUserId: string,
  action: string,
  details: Parameters<typeof recordAudit>[3],
) => void;

// users.info is Tier 4 (100+/min): a few at a time keeps setup quick without tripping the limit.
const PROFILE_LOOKUP_CONCURRENCY = 4;

/**
 * The roster following Slack: members joining and leaving the coalition channel, profiles changing, a channel's
 * members rostered at setup. Who may do what with the roster is the roster service's.
 */
export function createRosterMembership({
  repos,
  directory,
  clock,
  audit,
}: {
  repos: Repositories;
  directory: SlackDirectory;
  clock: Clock;
  audit: Audit;
}) {
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

  return {
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
  };
}
