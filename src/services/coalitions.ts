import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import type { Coalition, Person } from '../domain/people.js';
import type { AppLogger } from '../logger.js';
import { recordAudit } from './audit.js';
import type { CoalitionNotifier, SlackDirectory } from './ports.js';
import type { PrivacyService } from './privacy.js';
import type { RosterService } from './roster.js';

export type SetupResult =
  | {
      refused: false;
      coalition: Coalition;
      created: boolean;
      rostered: Person[];
      /** The welcome in the channel and a hello to each partner; run after the command is answered. */
      followUp: () => Promise<void>;
    }
  | {
      /** The channel belongs to a coalition of another workspace: nothing was changed. */
      refused: true;
      coalition: Coalition;
      coordinatorIds: string[];
    };

interface Deps {
  repos: Repositories;
  directory: SlackDirectory;
  notifier: CoalitionNotifier;
  roster: RosterService;
  privacy: PrivacyService;
  clock: Clock;
  logger: AppLogger;
  defaultTimezone: string;
}

export function createCoalitionService({
  repos,
  directory,
  notifier,
  roster,
  privacy,
  clock,
  logger,
  defaultTimezone,
}: Deps) {
  /** A channel has one owner: a setup from another workspace (a Slack Connect guest's) is recorded and refused. */
  function refuseForeignSetup(
    owner: Coalition,
    input: { teamId: string; channelId: string; callerId: string },
  ): SetupResult {
    recordAudit(
      repos,
      { teamId: owner.teamId, coalitionId: owner.id, actorUserId: input.callerId, now: clock.now() },
      'coalition.setup_refused',
      { subject: input.channelId, after: { fromTeam: input.teamId } },
    );
    return { refused: true, coalition: owner, coordinatorIds: roster.coordinatorIds(owner) };
  }

  async function welcome(coalition: Coalition, callerId: string, rostered: Person[]): Promise<void> {
    const coordinatorIds = roster.coordinatorIds(coalition);
    await notifier.welcome({ coalition, coordinatorIds });
    let unreachable = 0;
    for (const person of rostered) {
      if (person.slackUserId === callerId || !person.active) continue;
      // One partner Slack will not let us reach must not stop the hello to everyone else.
      await notifier.greetPartner({ coalition, userId: person.slackUserId, coordinatorIds }).catch(() => unreachable++);
    }
    if (unreachable > 0) logger.warn({ coalitionId: coalition.id, unreachable }, 'could not greet some partners');
  }

  return {
    /**
     * Binds the channel, makes the caller its first coordinator and rosters its members. Safe to run again from the
     * owning workspace; from any other it changes nothing and says who runs the coalition.
     */
    async setup(input: { teamId: string; channelId: string; name: string; callerId: string }): Promise<SetupResult> {
      const owner = repos.coalitions.findByChannelId(input.channelId);
      if (owner && owner.teamId !== input.teamId) return refuseForeignSetup(owner, input);
      await directory.joinChannel(input.channelId);
      const now = clock.now();
      const { coalition, created } = repos.coalitions.create({
        teamId: input.teamId,
        channelId: input.channelId,
        name: input.name,
        timezone: defaultTimezone,
        createdBy: input.callerId,
        createdAt: now,
      });
      if (coalition.teamId !== input.teamId) return refuseForeignSetup(coalition, input);
      if (created) {
        recordAudit(
          repos,
          { teamId: input.teamId, coalitionId: coalition.id, actorUserId: input.callerId, now },
          'coalition.setup',
          {
            subject: input.channelId,
            after: { name: coalition.name, timezone: coalition.timezone },
          },
        );
        await roster.addMember(coalition, input.callerId, {
          role: 'coordinator',
          actorUserId: input.callerId,
          force: true,
        });
      }
      const rostered = await roster.syncChannel(coalition, input.callerId);
      return {
        refused: false,
        coalition,
        created,
        rostered,
        followUp: () => (created ? welcome(coalition, input.callerId, rostered) : Promise.resolve()),
      };
    },

    /**
     * The local children's social care front door (or CPS) number shown on the concern card, for partners with no
     * safeguarding lead of their own. It is a published number, so the privacy scan is told never to flag it.
     */
    setConcernContact(coalition: Coalition, actorUserId: string, value: string | null): Coalition {
      roster.requireCoordinator(coalition, actorUserId, 'set the concern card’s local number');
      if (value !== null) privacy.setPublishedContact(coalition, actorUserId, value, true);
      const clean = value?.trim() ?? null;
      repos.coalitions.setConcernContact(coalition.id, clean);
      recordAudit(
        repos,
        { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now: clock.now() },
        'settings.concern_contact',
        { after: { set: clean !== null } },
      );
      return { ...coalition, concernContact: clean };
    },

    /** The concern card's local number for the coalition a cycle belongs to. */
    concernContactForCycle(cycleId: number): string | null {
      const cycle = repos.cycles.findById(cycleId);
      return (cycle && repos.coalitions.findById(cycle.coalitionId)?.concernContact) ?? null;
    },

    byId(id: number): Coalition | undefined {
      return repos.coalitions.findById(id);
    },

    /** The coalition that owns this channel, if any (no error: for checks that work with or without one). */
    find(input: { channel_id: string }): Coalition | undefined {
      return repos.coalitions.findByChannelId(input.channel_id);
    },

    /** The coalition a command is about: the channel it was typed in, or the caller's only coalition. */
    resolve(input: { teamId: string; channelId: string; userId: string }): Coalition {
      // The channel's owner, whichever workspace the caller is in: Slack Connect partners take part in the host's.
      const here = repos.coalitions.findByChannelId(input.channelId);
      if (here) return here;
      const memberships = repos.people.listBySlackUser(input.userId).filter((person) => person.active);
      const coalitions = [...new Set(memberships.map((person) => person.coalitionId))]
        .map((id) => repos.coalitions.findById(id))
        .filter((coalition): coalition is Coalition => coalition !== undefined);
      if (coalitions.length === 1 && coalitions[0]) return coalitions[0];
      if (coalitions.length > 1) {
        throw new DomainError(
          'not_set_up',
          'You are in more than one coalition, so I am not sure which one you mean.',
          'Run the command in that coalition’s channel.',
        );
      }
      throw new DomainError(
        'not_set_up',
        'This channel is not a coalition channel yet.',
        'A coordinator can bind it with `/coalition setup Our Coalition Name`.',
      );
    },
  };
}

export type CoalitionService = ReturnType<typeof createCoalitionService>;
