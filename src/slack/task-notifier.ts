import type { TaskNotifier } from '../services/ports.js';
import {
  taskBlockedMessage,
  taskDeclinedMessage,
  taskOwnerMessage,
  taskReminderMessage,
} from './blocks/task-messages.js';
import { type OutboxSenders, outboxMetadata } from './sent-messages.js';

/** Task DMs, each sent by an outbox row and carrying metadata naming it, so a resend first looks in the DM. */
export function createTaskNotifier({ client, dms, finder }: OutboxSenders): TaskNotifier {
  const metadata = (rowId: number) => outboxMetadata('task_message', rowId);
  return {
    assigned: (target, dm, rowId) => dms.send(target, taskOwnerMessage(dm), metadata(rowId)),
    async redrawOwnerDm(message, dm) {
      await client.chat.update({ channel: message.channelId, ts: message.ts, ...taskOwnerMessage(dm) });
    },
    blocked: (target, input, rowId) => dms.send(target, taskBlockedMessage(input), metadata(rowId)),
    declined: (target, input, rowId) => dms.send(target, taskDeclinedMessage(input), metadata(rowId)),
    dueReminder: (target, input, rowId) => dms.send(target, taskReminderMessage(input), metadata(rowId)),
    async findSent(userId, rowId) {
      const dm = await dms.openDm(userId);
      if (!dm) return undefined;
      const [found] = await finder.inHistory(dm, 'task_message', rowId);
      return found ? { path: 'dm', channelId: dm, ts: found.ts } : undefined;
    },
  };
}
