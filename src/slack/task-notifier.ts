import type { TaskNotifier } from '../services/ports.js';
import {
  taskBlockedMessage,
  taskDeclinedMessage,
  taskOwnerMessage,
  taskReminderMessage,
} from './blocks/task-messages.js';
import type { DirectMessages } from './direct-messages.js';

export function createTaskNotifier({ dms }: { dms: DirectMessages }): TaskNotifier {
  return {
    async assigned(input) {
      await dms.send(
        { userId: input.ownerUserId, coalitionChannelId: input.coalitionChannelId },
        taskOwnerMessage(input.dm),
      );
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
