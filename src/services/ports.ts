import type { SlackProfile } from '../domain/people.js';

/** What the services need to know about Slack's people and channels; implemented in slack/directory.ts. */
export interface SlackDirectory {
  channelMembers(channelId: string): Promise<string[]>;
  /** undefined when Slack does not know or will not show the user. */
  userProfile(userId: string): Promise<SlackProfile | undefined>;
  /** Makes sure the bot is in the channel; throws a DomainError when it cannot join by itself (private channels). */
  joinChannel(channelId: string): Promise<void>;
}
