import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import type { Coalition, Person } from '../domain/people.js';
import { recordAudit } from './audit.js';
import type { SlackDirectory } from './ports.js';
import type { RosterService } from './roster.js';

export interface SetupResult {
  coalition: Coalition;
  created: boolean;
  rostered: Person[];
}

interface Deps {
  repos: Repositories;
  directory: SlackDirectory;
  roster: RosterService;
  clock: Clock;
  defaultTimezone: string;
}

export function createCoalitionService({ repos, directory, roster, clock, defaultTimezone }: Deps) {
  return {
    /** Binds the channel, makes the caller its first coordinator and rosters its members. Safe to run again. */
    async setup(input: { teamId: string; channelId: string; name: string; callerId: string }): Promise<SetupResult> {
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
      return { coalition, created, rostered };
    },

    byId(id: number): Coalition | undefined {
      return repos.coalitions.findById(id);
    },

    /** The coalition bound to this channel, if any (no error: for checks that work with or without one). */
    find(input: { team_id: string; channel_id: string }): Coalition | undefined {
      return (
        repos.coalitions.findByChannel(input.team_id, input.channel_id) ??
        repos.coalitions.findByChannelId(input.channel_id)
      );
    },

    /** The coalition a command is about: the channel it was typed in, or the caller's only coalition. */
    resolve(input: { teamId: string; channelId: string; userId: string }): Coalition {
      const here =
        repos.coalitions.findByChannel(input.teamId, input.channelId) ??
        repos.coalitions.findByChannelId(input.channelId);
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
