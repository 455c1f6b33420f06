import type { webApi } from '@slack/bolt';
import type { CelebrationNotifier, ChannelMessageRef, DigestNotifier } from '../services/ports.js';
import { kudosMessage, milestoneMessage, privateNotesMessage, winMessage } from './blocks/celebration-messages.js';
import { digestStepFailedMessage } from './blocks/delivery-problems.js';
import { blockerThreadMessages, digestReply, digestSummary, helpOfferedMessage } from './blocks/digest-message.js';
import type { SlackMessage } from './blocks/elements.js';
import { toDeliveryFailure } from './delivery-errors.js';
import type { MessageMetadata } from './direct-messages.js';
import { platformErrorCode } from './platform-errors.js';
import { type OutboxSenders, outboxMetadata } from './sent-messages.js';

type WebClient = webApi.WebClient;

export function createChannelPoster(client: WebClient) {
  return async (
    channelId: string,
    message: SlackMessage,
    threadTs?: string,
    metadata?: MessageMetadata,
  ): Promise<ChannelMessageRef> => {
    const posted = await client.chat.postMessage({
      channel: channelId,
      ...message,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...(metadata ? { metadata } : {}),
    });
    return { channelId, ts: posted.ts ?? null };
  };
}

export function createDigestNotifier({ client, dms, finder }: OutboxSenders): DigestNotifier {
  const postToChannel = createChannelPoster(client);
  // The outbox acts on DeliveryFailures (transient: retry after a look in Slack; permanent: give up).
  const post: typeof postToChannel = (...args) =>
    postToChannel(...args).catch((error: unknown) => {
      throw toDeliveryFailure(error);
    });
  const inThread = (summary: ChannelMessageRef, message: SlackMessage, metadata?: MessageMetadata) =>
    post(summary.channelId, message, summary.ts ?? undefined, metadata);
  return {
    postSummary: (channelId, digest, deliveryId) =>
      post(channelId, digestSummary(digest), undefined, outboxMetadata('digest_summary', deliveryId)),
    postReply: (summary, reply, deliveryId) =>
      inThread(summary, digestReply(reply), outboxMetadata('digest_reply', deliveryId)),
    async postMoreBlockers(summary, blockers, deliveryId, postedParts) {
      for (const [part, message] of blockerThreadMessages(blockers).entries())
        if (!postedParts.has(part))
          await inThread(summary, message, outboxMetadata('digest_blockers', deliveryId, part));
    },
    privateNotes: (target, content, deliveryId) =>
      dms.send(target, privateNotesMessage(content), outboxMetadata('private_notes', deliveryId)),
    async findSent(place, kind, deliveryId) {
      if ('userId' in place) {
        const dm = await dms.openDm(place.userId);
        return dm ? (await finder.inHistory(dm, kind, deliveryId)).map((found) => ({ ...found, channelId: dm })) : [];
      }
      const found = place.threadTs
        ? await finder.inThread(place.channelId, place.threadTs, kind, deliveryId)
        : await finder.inHistory(place.channelId, kind, deliveryId);
      return found.map((message) => ({ ...message, channelId: place.channelId }));
    },
    async stepFailed({ coordinatorUserIds, coalitionChannelId, cycleDate, part }) {
      for (const userId of coordinatorUserIds)
        await dms.send({ userId, coalitionChannelId }, digestStepFailedMessage({ cycleDate, part }));
    },
    helpOffered: async (summary, input) => void (await inThread(summary, helpOfferedMessage(input))),
  };
}

export function createCelebrationNotifier({
  client,
  finder,
}: Pick<OutboxSenders, 'client' | 'finder'>): CelebrationNotifier {
  const postToChannel = createChannelPoster(client);
  const post = (channelId: string, message: SlackMessage, rowId: number) =>
    postToChannel(channelId, message, undefined, outboxMetadata('celebration', rowId)).catch((error: unknown) => {
      throw toDeliveryFailure(error);
    });
  return {
    milestone: (channelId, input, rowId) => post(channelId, milestoneMessage(input), rowId),
    kudos: (channelId, input, rowId) => post(channelId, kudosMessage(input), rowId),
    win: (channelId, input, rowId) => post(channelId, winMessage(input), rowId),
    async react(message, name) {
      try {
        await client.reactions.add({ channel: message.channelId, timestamp: message.ts, name });
      } catch (error) {
        // A reaction Slack already has is the one this row adds (its answer was lost): done, not a failure.
        if (platformErrorCode(error) !== 'already_reacted') throw toDeliveryFailure(error);
      }
    },
    async findSent(channelId, rowId) {
      const [found] = await finder.inHistory(channelId, 'celebration', rowId);
      return found?.ts;
    },
  };
}
