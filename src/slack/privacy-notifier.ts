import type { webApi } from '@slack/bolt';
import type { PrivacyNotifier } from '../services/ports.js';
import { context, section } from './blocks/elements.js';
import type { DirectMessages } from './direct-messages.js';

type WebClient = webApi.WebClient;

function list(kinds: string[]): string {
  return kinds.length <= 1
    ? (kinds[0] ?? 'an identifying detail')
    : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
}

export function createPrivacyNotifier({ client, dms }: { client: WebClient; dms: DirectMessages }): PrivacyNotifier {
  return {
    async warnPoster({ channelId, userId, kinds }) {
      const text = `Your last message here looks like it includes ${list(kinds)}. This channel is shared with many organisations, so please edit or delete it. If it is about a particular child, your organisation’s safeguarding lead or children’s social care is the right route.`;
      await dms.postEphemeral(channelId, userId, {
        text,
        blocks: [
          section(text),
          context(
            'Only you can see this. I have let the coordinators know that something may need tidying, without copying it.',
          ),
        ],
      });
    },
    async alertCoordinators({ coordinatorUserIds, coalitionChannelId, messageTs, posterUserId, kinds }) {
      const link = await client.chat
        .getPermalink({ channel: coalitionChannelId, message_ts: messageTs })
        .then((answer) => answer.permalink)
        .catch(() => undefined);
      const where = link ? `<${link}|this message>` : `a message in <#${coalitionChannelId}>`;
      const text = `Heads up: ${where} from <@${posterUserId}> may include ${list(kinds)}. I have asked them to edit or delete it. I have not copied the text anywhere.`;
      for (const userId of coordinatorUserIds)
        await dms.send({ userId, coalitionChannelId }, { text, blocks: [section(text)] });
    },
  };
}
