import type { CheckinNotifier } from '../services/ports.js';
import { promptAnsweredMessage, promptMessage, reminderMessage } from './blocks/checkin-prompt.js';
import { type OutboxSenders, outboxMetadata } from './sent-messages.js';

export function createCheckinNotifier({ client, dms, finder }: OutboxSenders): CheckinNotifier {
  return {
    sendPrompt: (target, content) =>
      dms.send(target, promptMessage(content), outboxMetadata('prompt', content.deliveryId)),

    // An ephemeral message carries no metadata and cannot be found again; only the DM path can double, and it is checked.
    sendReminder: (target, content) =>
      target.path === 'channel_ephemeral'
        ? dms.postEphemeral(target.coalitionChannelId, target.userId, reminderMessage(content))
        : dms.send(target, reminderMessage(content), outboxMetadata('reminder', content.deliveryId)),

    async findSent(userId, kind, deliveryId) {
      const dm = await dms.openDm(userId);
      if (!dm) return undefined;
      const [found] = await finder.inHistory(dm, kind, deliveryId);
      return found ? { path: 'dm', channelId: dm, ts: found.ts } : undefined;
    },

    async markPromptAnswered(message, content) {
      await client.chat.update({ channel: message.channelId, ts: message.ts, ...promptAnsweredMessage(content) });
    },
  };
}
