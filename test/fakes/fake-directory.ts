import type { SlackProfile } from '../../src/domain/people.js';
import type { SlackDirectory } from '../../src/services/ports.js';

/** An in-memory SlackDirectory for service tests: channels, profiles and a record of joins. */
export function createFakeDirectory(
  input: { channels?: Record<string, string[]>; profiles?: Array<Partial<SlackProfile> & { userId: string }> } = {},
) {
  const channels = new Map(Object.entries(input.channels ?? {}));
  const profiles = new Map<string, SlackProfile>();
  const joined: string[] = [];
  const addProfile = (profile: Partial<SlackProfile> & { userId: string }) =>
    profiles.set(profile.userId, {
      teamId: 'T1',
      displayName: profile.userId,
      tz: 'Europe/London',
      isBot: false,
      deleted: false,
      isRestricted: false,
      isUltraRestricted: false,
      ...profile,
    });
  for (const profile of input.profiles ?? []) addProfile(profile);
  const directory: SlackDirectory = {
    channelMembers: async (channelId) => channels.get(channelId) ?? [],
    userProfile: async (userId) => profiles.get(userId),
    joinChannel: async (channelId) => {
      joined.push(channelId);
    },
  };
  return { directory, joined, addProfile };
}
