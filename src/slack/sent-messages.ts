import type { webApi } from '@slack/bolt';
import { toDeliveryFailure } from './delivery-errors.js';
import type { DirectMessages, MessageMetadata } from './direct-messages.js';
import { OUTBOX_METADATA_TYPES, type OutboxMessageKind } from './ids.js';

type WebClient = webApi.WebClient;
type HistoryMessage = { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } };

// A lookup only runs after a crash or a lost answer, soon after the send: the message is among the newest.
const PAGE = 200;
const MAX_PAGES = 5;

/** The metadata an outbox send carries: its kind, its row and, for a step of several messages, which one. */
export function outboxMetadata(kind: OutboxMessageKind, deliveryId: number, part = 0): MessageMetadata {
  return { event_type: OUTBOX_METADATA_TYPES[kind], event_payload: { delivery_id: deliveryId, part } };
}

export interface FoundMessage {
  ts: string;
  part: number;
}

function matching(messages: HistoryMessage[] | undefined, kind: OutboxMessageKind, deliveryId: number) {
  return (messages ?? []).flatMap((message): FoundMessage[] => {
    if (message.metadata?.event_type !== OUTBOX_METADATA_TYPES[kind] || !message.ts) return [];
    const payload = (message.metadata.event_payload ?? {}) as { delivery_id?: unknown; part?: unknown };
    return Number(payload.delivery_id) === deliveryId ? [{ ts: message.ts, part: Number(payload.part ?? 0) }] : [];
  });
}

/**
 * Looks in Slack for messages an outbox row already posted (found by their metadata), in a channel's or a DM's
 * history or in a thread, so a send whose answer was lost is recorded instead of sent again.
 */
export function createSentMessageFinder(client: WebClient) {
  async function search(
    page: (cursor: string | undefined) => Promise<{ messages?: HistoryMessage[]; next?: string }>,
    kind: OutboxMessageKind,
    deliveryId: number,
  ): Promise<FoundMessage[]> {
    const found: FoundMessage[] = [];
    let cursor: string | undefined;
    try {
      for (let pages = 0; pages < MAX_PAGES; pages += 1) {
        const answer = await page(cursor);
        found.push(...matching(answer.messages, kind, deliveryId));
        cursor = answer.next;
        if (!cursor) break;
      }
    } catch (error) {
      throw toDeliveryFailure(error);
    }
    return found;
  }

  type Page = { messages?: HistoryMessage[]; response_metadata?: { next_cursor?: string } };
  const pages = (read: (cursor: string | undefined) => Promise<Page>) => async (cursor: string | undefined) => {
    const answer = await read(cursor);
    return { messages: answer.messages, next: answer.response_metadata?.next_cursor || undefined };
  };
  const options = (cursor: string | undefined) => ({
    limit: PAGE,
    include_all_metadata: true,
    ...(cursor ? { cursor } : {}),
  });

  return {
    inHistory(channel: string, kind: OutboxMessageKind, deliveryId: number): Promise<FoundMessage[]> {
      const read = pages((cursor) => client.conversations.history({ channel, ...options(cursor) }));
      return search(read, kind, deliveryId);
    },
    inThread(channel: string, threadTs: string, kind: OutboxMessageKind, deliveryId: number) {
      const read = pages((cursor) => client.conversations.replies({ channel, ts: threadTs, ...options(cursor) }));
      return search(read, kind, deliveryId);
    },
  };
}

export type SentMessageFinder = ReturnType<typeof createSentMessageFinder>;

/** What a notifier of outbox messages needs: the client, the DM sender, and the finder for resends. */
export interface OutboxSenders {
  client: WebClient;
  dms: DirectMessages;
  finder: SentMessageFinder;
}
