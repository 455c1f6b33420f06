/** Work waiting for its turn after its ack, oldest first. */
const waiting: Array<() => void> = [];
let turnScheduled = false;

function releaseOne(): void {
  turnScheduled = false;
  waiting.shift()?.();
  // Queued from inside the check phase, the next release runs on the loop's next turn: after its poll phase.
  if (waiting.length > 0) scheduleTurn();
}

function scheduleTurn(): void {
  turnScheduled = true;
  setImmediate(releaseOne);
}

/**
 * Resolves on a later turn of the event loop, after every request that has already arrived has been read, verified
 * and acked, and lets one waiting piece of work go per turn. A listener awaits it right after its own ack, so the
 * work that follows (reading the database, rendering, answering by response_url) never holds back another
 * request's ack: under a burst, acks keep the pace of bare Bolt and the answers follow. One per turn, because a
 * turn's check phase runs everything queued before it; releasing a burst's work together would make a request
 * that arrives meanwhile wait for all of it.
 */
export function afterPendingAcks(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!turnScheduled) scheduleTurn();
  });
}
