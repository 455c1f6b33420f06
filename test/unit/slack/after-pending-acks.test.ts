import { describe, expect, it } from 'vitest';
import { afterPendingAcks } from '../../../src/slack/after-pending-acks.js';

describe('afterPendingAcks', () => {
  it('lets one waiting piece of work go per turn of the event loop, oldest first', async () => {
    const events: string[] = [];
    let turn = 0;
    // Counts turns: each check phase runs the immediates queued before it, and this one queues the next.
    const countTurns = () => {
      turn += 1;
      if (turn < 6) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    const work = ['a', 'b', 'c'].map((name) => afterPendingAcks().then(() => events.push(`${name}@${turn}`)));
    await Promise.all(work);
    const turns = events.map((event) => Number(event.split('@')[1]));
    expect(events.map((event) => event[0])).toEqual(['a', 'b', 'c']);
    expect(new Set(turns).size).toBe(3);
  });
});
