import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { dmChannels } from '../schema.js';

/** The bot's DM channel with each person, learnt from Slack's answer to a post to their user id. */
export function createDmChannelRepository({ db }: { db: Db }) {
  // Read and written once per DM sent (a fan-out is a thousand of each): prepared once.
  const byUser = preparedOnFirstUse(() =>
    db
      .select({ channelId: dmChannels.channelId })
      .from(dmChannels)
      .where(eq(dmChannels.slackUserId, sql.placeholder('slackUserId')))
      .prepare(),
  );
  const upsert = preparedOnFirstUse(() =>
    db
      .insert(dmChannels)
      .values({
        slackUserId: sql.placeholder('slackUserId'),
        channelId: sql.placeholder('channelId'),
        updatedAt: sql.placeholder('updatedAt'),
      })
      .onConflictDoUpdate({
        target: dmChannels.slackUserId,
        set: { channelId: sql`excluded.channel_id`, updatedAt: sql`excluded.updated_at` },
      })
      .prepare(),
  );
  return {
    find(slackUserId: string): string | undefined {
      return byUser().get({ slackUserId })?.channelId;
    },
    remember(slackUserId: string, channelId: string, now: Date): void {
      upsert().run({ slackUserId, channelId, updatedAt: now });
    },
    forget(slackUserId: string): void {
      db.delete(dmChannels).where(eq(dmChannels.slackUserId, slackUserId)).run();
    },
  };
}

export type DmChannelRepository = ReturnType<typeof createDmChannelRepository>;
