import type { webApi } from '@slack/bolt';
import type { CheckinNotifier } from '../services/ports.js';
import { promptAnsweredMessage, promptMessage, reminderMessage } from './blocks/checkin-prompt.js';
import { toDeliveryFailure } from './delivery-errors.js';
import type { DirectMessages } from './direct-messages.js';
import { PROMPT_METADATA_TYPE } from './ids.js';

type WebClient = webApi.WebClient;

// Our prompt is among the newest messages in a bot DM; 50 covers days of replies and reminders.
const HISTORY_LOOKBACK = 50;

export function createCheckinNotifier({ client, dms }: { client: WebClient; dms: DirectMessages }): CheckinNotifier {
  return {
    sendPrompt: (target, content) =>
      dms.send(target, promptMessage(content), {
        event_type: PROMPT_METADATA_TYPE,
        event_payload: { delivery_id: content.deliveryId, cycle_id: content.cycleId },
      }),

    sendReminder: (target, content) =>
      target.path === 'channel_ephemeral'
        ? dms.postEphemeral(target.coalitionChannelId, target.userId, reminderMessage(content))
        : dms.send(target, reminderMessage(content)),

    async findSentPrompt(userId, deliveryId) {
      const dm = await dms.openDm(userId);
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
