import type { webApi } from '@slack/bolt';
import type { CoalitionNotifier } from '../services/ports.js';
import { partnerGreetingMessage, welcomeMessage } from './blocks/setup-message.js';
import type { DirectMessages } from './direct-messages.js';

export function createCoalitionNotifier({
  client,
  dms,
}: {
  client: webApi.WebClient;
  dms: DirectMessages;
}): CoalitionNotifier {
  return {
    async welcome({ coalition, coordinatorIds }) {
      await client.chat.postMessage({ channel: coalition.channelId, ...welcomeMessage(coalition, coordinatorIds) });
    },
    async greetPartner({ coalition, userId, coordinatorIds }) {
      await dms.send(
        { userId, coalitionChannelId: coalition.channelId },
        partnerGreetingMessage(coalition, coordinatorIds),
      );
    },
  };
}
