import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Resolves on the event loop's next check phase, after every request that has already arrived has been read,
 * verified and acked. A listener awaits it right after its own ack, so the work that follows (reading the database,
 * rendering, answering by response_url) never holds back another request's ack: under a burst, acks keep the pace
 * of bare Bolt and the answers follow, instead of each ack waiting behind the answers of the requests before it.
 */
export const afterPendingAcks = (): Promise<void> => nextTurn();
