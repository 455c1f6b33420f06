import type { webApi } from '@slack/bolt';
import { DomainError } from '../domain/errors.js';
import type { SlackProfile } from '../domain/people.js';
import type { SlackDirectory } from '../services/ports.js';
import { platformErrorCode } from './platform-errors.js';

type WebClient = webApi.WebClient;

const HIDDEN_USER_ERRORS = new Set(['user_not_found', 'user_not_visible', 'users_not_found']);

interface SlackUser {
  id?: string;
  team_id?: string;
  name?: string;
  real_name?: string;
  tz?: string;
  is_bot?: boolean;
  deleted?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  profile?: { display_name?: string; real_name?: string };
}

export function toSlackProfile(user: SlackUser, fallbackTeamId = ''): SlackProfile {
  const displayName =
    user.profile?.display_name || user.profile?.real_name || user.real_name || user.name || user.id || 'Unknown';
  return {
    userId: user.id ?? '',
    teamId: user.team_id ?? fallbackTeamId,
    displayName,
    tz: user.tz ?? null,
    isBot: Boolean(user.is_bot) || user.id === 'USLACKBOT',
    deleted: Boolean(user.deleted),
    isRestricted: Boolean(user.is_restricted),
    isUltraRestricted: Boolean(user.is_ultra_restricted),
  };
}

const INVITE_HINT = 'Invite me with `/invite @Coalition Check-ins`, then run `/coalition setup` again.';

export function createSlackDirectory({ client }: { client: WebClient }): SlackDirectory {
  return {
    async channelMembers(channelId) {
      const members: string[] = [];
      for await (const page of client.paginate('conversations.members', { channel: channelId, limit: 200 })) {
        members.push(...((page as { members?: string[] }).members ?? []));
      }
      return members;
    },

    async userProfile(userId) {
      try {
        const { user } = await client.users.info({ user: userId });
        return user ? toSlackProfile(user as SlackUser) : undefined;
      } catch (error) {
        if (HIDDEN_USER_ERRORS.has(platformErrorCode(error) ?? '')) return undefined;
        throw error;
      }
    },

    async joinChannel(channelId) {
      try {
        const { channel } = await client.conversations.info({ channel: channelId });
        if (channel?.is_member) return;
        if (channel?.is_private)
          throw new DomainError('not_found', 'I am not in this private channel yet.', INVITE_HINT);
        await client.conversations.join({ channel: channelId });
      } catch (error) {
        const code = platformErrorCode(error);
        if (code === 'channel_not_found' || code === 'method_not_supported_for_channel_type') {
          throw new DomainError('not_found', 'I can’t see this channel yet.', INVITE_HINT);
        }
        throw error;
      }
    },
  };
}
