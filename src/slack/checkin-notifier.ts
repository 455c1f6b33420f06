import type { webApi } from '@slack/bolt';
import type { CheckinNotifier, PromptContent, SentMessage } from '../services/ports.js';
import { promptAnsweredMessage, promptMessage, reminderMessage } from './blocks/checkin-prompt.js';
import type { SlackMessage } from './blocks/elements.js';
import { DM_UNREACHABLE, toDeliveryFailure } from './delivery-errors.js';
import { PROMPT_METADATA_TYPE } from './ids.js';
import { platformErrorCode } from './platform-errors.js';

type WebClient = webApi.WebClient;

// Our prompt is among the newest messages in a bot DM; 50 covers days of replies and reminders.
const HISTORY_LOOKBACK = 50;

export function createCheckinNotifier({ client }: { client: WebClient }): CheckinNotifier {
  async function openDm(userId: string): Promise<string | undefined> {
    try {
      const opened = await client.conversations.open({ users: userId });
      return opened.channel?.id;
    } catch (error) {
      if (DM_UNREACHABLE.has(platformErrorCode(error) ?? '')) return undefined;
      throw toDeliveryFailure(error);
    }
  }

  async function postEphemeral(channelId: string, userId: string, message: SlackMessage): Promise<SentMessage> {
    try {
      const posted = await client.chat.postEphemeral({ channel: channelId, user: userId, ...message });
      return { path: 'channel_ephemeral', channelId, ts: posted.message_ts ?? null };
    } catch (error) {
      throw toDeliveryFailure(error);
    }
  }

  async function deliver(
    target: { userId: string; coalitionChannelId: string },
    message: SlackMessage,
    metadata?: PromptContent,
  ): Promise<SentMessage> {
    const dm = await openDm(target.userId);
    if (!dm) return postEphemeral(target.coalitionChannelId, target.userId, message);
    try {
      const posted = await client.chat.postMessage({
        channel: dm,
        ...message,
        ...(metadata
          ? {
              metadata: {
                event_type: PROMPT_METADATA_TYPE,
                event_payload: { delivery_id: metadata.deliveryId, cycle_id: metadata.cycleId },
              },
            }
          : {}),
      });
      return { path: 'dm', channelId: dm, ts: posted.ts ?? null };
    } catch (error) {
      if (DM_UNREACHABLE.has(platformErrorCode(error) ?? ''))
        return postEphemeral(target.coalitionChannelId, target.userId, message);
      throw toDeliveryFailure(error);
    }
  }

  return {
    sendPrompt: (target, content) => deliver(target, promptMessage(content), content),

    sendReminder: (target, content) =>
      target.path === 'channel_ephemeral'
        ? postEphemeral(target.coalitionChannelId, target.userId, reminderMessage(content))
        : deliver(target, reminderMessage(content)),

    async findSentPrompt(userId, deliveryId) {
      const dm = await openDm(userId);
      if (!dm) return undefined;
      try {
        const history = await client.conversations.history({
          channel: dm,
          limit: HISTORY_LOOKBACK,
          include_all_metadata: true,
        });
        const found = history.messages?.find(
          (message) =>
            message.metadata?.event_type === PROMPT_METADATA_TYPE &&
            Number((message.metadata.event_payload as { delivery_id?: unknown } | undefined)?.delivery_id) ===
              deliveryId,
        );
        return found ? { path: 'dm', channelId: dm, ts: found.ts ?? null } : undefined;
      } catch (error) {
        throw toDeliveryFailure(error);
      }
    },

    async markPromptAnswered(message, content) {
      await client.chat.update({ channel: message.channelId, ts: message.ts, ...promptAnsweredMessage(content) });
    },
  };
}
