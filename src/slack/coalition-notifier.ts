import type { webApi } from '@slack/bolt';
import type { CoalitionNotifier } from '../services/ports.js';
import { partnerGreetingMessage, welcomeMessage } from './blocks/setup-message.js';
import type { DirectMessages, MessageMetadata } from './direct-messages.js';
import { HELLO_METADATA_TYPE } from './ids.js';

/** Marks the hello messages, so anyone reading a channel's or DM's history can tell them from the work. */
const hello = (coalitionId: number): MessageMetadata => ({
  event_type: HELLO_METADATA_TYPE,
  event_payload: { coalition_id: coalitionId },
});

export function createCoalitionNotifier({
  client,
  dms,
}: {
  client: webApi.WebClient;
  dms: DirectMessages;
}): CoalitionNotifier {
  return {
    async welcome({ coalition, coordinatorIds }) {
      await client.chat.postMessage({
        channel: coalition.channelId,
        ...welcomeMessage(coalition, coordinatorIds),
        metadata: hello(coalition.id),
      });
    },
    async greetPartner({ coalition, userId, coordinatorIds }) {
      await dms.send(
        { userId, coalitionChannelId: coalition.channelId },
        partnerGreetingMessage(coalition, coordinatorIds),
        hello(coalition.id),
      );
    },
  };
}
