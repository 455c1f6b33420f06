import { eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { dmChannels } from '../schema.js';

/** The bot's DM channel with each person, learnt from Slack's answer to a post to their user id. */
export function createDmChannelRepository({ db }: { db: Db }) {
  return {
    find(slackUserId: string): string | undefined {
      return db
        .select({ channelId: dmChannels.channelId })
        .from(dmChannels)
        .where(eq(dmChannels.slackUserId, slackUserId))
        .get()?.channelId;
    },
    remember(slackUserId: string, channelId: string, now: Date): void {
      db.insert(dmChannels)
        .values({ slackUserId, channelId, updatedAt: now })
        .onConflictDoUpdate({ target: dmChannels.slackUserId, set: { channelId, updatedAt: now } })
        .run();
    },
    forget(slackUserId: string): void {
      db.delete(dmChannels).where(eq(dmChannels.slackUserId, slackUserId)).run();
    },
  };
}

export type DmChannelRepository = ReturnType<typeof createDmChannelRepository>;
