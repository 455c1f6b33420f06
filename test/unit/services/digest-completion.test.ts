import { afterEach, describe, expect, it } from 'vitest';
import type { NewDelivery } from '../../../src/db/repositories/deliveries.js';
import { type DeliveryKind, deliveryKey } from '../../../src/domain/cycles.js';
import { createDigestJob } from '../../../src/services/digest-job.js';
import type { DigestNotifier } from '../../../src/services/ports.js';
import type { RosterService } from '../../../src/services/roster.js';
import { createCountingDb } from '../../helpers/counting-db.js';
import { SEEDED_AT, seedCoalitions } from '../../helpers/tick-world.js';

const REPLIES = 300;
const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A closed cycle of 300 answered partners whose digest is out but for one reply; prompts sit beside its steps. */
function digestUnderWay() {
  const db = createCountingDb();
  opened.push(db);
  const { repos } = db;
  const [coalition] = seedCoalitions(repos, { coalitions: 1, peoplePerCoalition: REPLIES });
  if (!coalition) throw new Error('no coalition');
  const cycle = repos.cycles.createOnce({
    teamId: 'T1',
    coalitionId: coalition.id,
    cycleDate: '2026-11-30',
    questions: [],
    opensAt: SEEDED_AT,
    closesAt: new Date(SEEDED_AT.getTime() + 86_400_000),
  });
  const row = (kind: DeliveryKind, personId: number | null): NewDelivery => ({
    teamId: 'T1',
    cycleId: cycle.id,
    personId,
    kind,
    dedupeKey: deliveryKey(cycle.id, personId, kind),
    dueAt: SEEDED_AT,
    expiresAt: new Date(SEEDED_AT.getTime() + 86_400_000),
  });
  const people = repos.people.listByCoalition(coalition.id);
  repos.deliveries.planMany([
    row('digest_summary', null),
    row('digest_blockers', null),
    ...people.flatMap((person) => [row('prompt', person.id), row('digest_reply', person.id)]),
  ]);
  const rows = repos.deliveries.listForCycle(cycle.id);
  for (const each of rows) repos.deliveries.finish(each.id, 'sent', SEEDED_AT);
  const lastReply = rows.findLast((each) => each.kind === 'digest_reply');
  if (!lastReply) throw new Error('no reply row');
  return { db, cycleId: cycle.id, lastReply };
}

describe('whether a digest is done', () => {
  // The dispatcher asks after every step it sends; reading every row of the cycle each time made a 1,000-partner
  // digest quadratic (seven seconds of CPU, 75 MB of garbage).
  it('is answered from counts by kind and status, not by reading each row of the cycle', () => {
    const { db, cycleId, lastReply } = digestUnderWay();
    // The job's builder and notifier take no part in this question.
    const job = createDigestJob({
      repos: db.repos,
      roster: {} as RosterService,
      notifier: {} as DigestNotifier,
    });
    db.repos.deliveries.retryLater(lastReply.id, SEEDED_AT, 'one reply still to go');
    db.reset();
    expect(job.isComplete(cycleId)).toBe(false);
    // At most one row per kind and status of a digest's four kinds of step (six statuses).
    expect(db.read().rows).toBeLessThanOrEqual(4 * 6);
    db.repos.deliveries.finish(lastReply.id, 'failed', SEEDED_AT);
    db.reset();
    expect(job.isComplete(cycleId)).toBe(true);
    expect(db.read().rows).toBeLessThanOrEqual(4 * 6);
  });

  it('counts only the kinds asked about, in the cycle asked about', () => {
    const { db, cycleId } = digestUnderWay();
    const counts = db.repos.deliveries.statusCounts(cycleId, ['digest_reply', 'digest_summary']);
    expect(counts).toEqual(
      expect.arrayContaining([
        { kind: 'digest_reply', status: 'sent', rows: REPLIES },
        { kind: 'digest_summary', status: 'sent', rows: 1 },
      ]),
    );
    expect(counts).toHaveLength(2);
    expect(db.repos.deliveries.statusCounts(cycleId + 1, ['digest_reply'])).toEqual([]);
  });
});
