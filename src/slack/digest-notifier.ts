import type { webApi } from '@slack/bolt';
import type { CelebrationNotifier, ChannelMessageRef, DigestNotifier } from '../services/ports.js';
import { kudosMessage, milestoneMessage, privateNotesMessage, winMessage } from './blocks/celebration-messages.js';
import { blockerThreadMessages, digestReply, digestSummary, helpOfferedMessage } from './blocks/digest-message.js';
import type { SlackMessage } from './blocks/elements.js';
import type { DirectMessages } from './direct-messages.js';

type WebClient = webApi.WebClient;

export function createChannelPoster(client: WebClient) {
  return async (channelId: string, message: SlackMessage, threadTs?: string): Promise<ChannelMessageRef> => {
    const posted = await client.chat.postMessage({
      channel: channelId,
      ...message,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    return { channelId, ts: posted.ts ?? null };
  };
}

export function createDigestNotifier({ client, dms }: { client: WebClient; dms: DirectMessages }): DigestNotifier {
  const post = createChannelPoster(client);
  const inThread = async (summary: ChannelMessageRef, message: SlackMessage) => {
    if (summary.ts) await post(summary.channelId, message, summary.ts);
  };
  return {
    postSummary: (channelId, digest) => post(channelId, digestSummary(digest)),
    postReply: (summary, reply) => inThread(summary, digestReply(reply)),
    async postMoreBlockers(summary, blockers) {
      for (const message of blockerThreadMessages(blockers)) await inThread(summary, message);
    },
    async privateNotes({ coordinatorUserIds, coalitionChannelId, cycleDate, notes }) {
      for (const userId of coordinatorUserIds)
        await dms.send({ userId, coalitionChannelId }, privateNotesMessage({ cycleDate, notes }));
    },
    helpOffered: (summary, input) => inThread(summary, helpOfferedMessage(input)),
  };
}

export function createCelebrationNotifier({ client }: { client: WebClient }): CelebrationNotifier {
  const post = createChannelPoster(client);
  return {
    milestone: (channelId, input) => post(channelId, milestoneMessage(input)),
    kudos: (channelId, input) => post(channelId, kudosMessage(input)),
    win: (channelId, input) => post(channelId, winMessage(input)),
    async react(message, name) {
      if (message.ts) await client.reactions.add({ channel: message.channelId, timestamp: message.ts, name });
    },
  };
}
