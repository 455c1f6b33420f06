import type { webApi } from '@slack/bolt';
import type { TaskNotifier } from '../services/ports.js';
import {
  taskBlockedMessage,
  taskDeclinedMessage,
  taskOwnerMessage,
  taskReminderMessage,
} from './blocks/task-messages.js';
import type { DirectMessages } from './direct-messages.js';

export function createTaskNotifier({ client, dms }: { client: webApi.WebClient; dms: DirectMessages }): TaskNotifier {
  return {
    async assigned(input) {
      const sent = await dms.send(
        { userId: input.ownerUserId, coalitionChannelId: input.coalitionChannelId },
        taskOwnerMessage(input.dm),
      );
      return sent.path === 'dm' && sent.ts ? { channelId: sent.channelId, ts: sent.ts } : undefined;
    },
    async redrawOwnerDm(message, dm) {
      await client.chat.update({ channel: message.channelId, ts: message.ts, ...taskOwnerMessage(dm) });
    },
    async blocked(input) {
      await dms.send(
        { userId: input.coordinatorUserId, coalitionChannelId: input.coalitionChannelId },
        taskBlockedMessage(input),
      );
    },
    async declined(input) {
      await dms.send(
        { userId: input.coordinatorUserId, coalitionChannelId: input.coalitionChannelId },
        taskDeclinedMessage(input),
      );
    },
    async dueReminder(input) {
      await dms.send(
        { userId: input.userId, coalitionChannelId: input.coalitionChannelId },
        taskReminderMessage(input),
      );
    },
  };
}
