import { describe, expect, it } from 'vitest';
import { addPartner, createSeededDb } from '../../helpers/test-db.js';

const now = new Date('2026-11-25T10:00:00Z');
const later = new Date(now.getTime() + 60_000);

function seed() {
  const { repos, coalition } = createSeededDb(now);
  const person = (slackUserId: string) => addPartner(repos, coalition.id, slackUserId, now);
  const kudos = (to: number, from: string, reason: string) => {
    const id = repos.celebrations.claim({
      teamId: 'T1',
      coalitionId: coalition.id,
      kind: 'kudos',
      subjectKey: `kudos:${to}:${from}`,
      channelId: 'C1',
      recipientPersonId: to,
      fromUserId: from,
      at: now,
    });
    return repos.outboxMessages.plan({
      teamId: 'T1',
      coalitionId: coalition.id,
      kind: 'celebration',
      dedupeKey: `celebration:${id}`,
      refs: { celebrationId: id ?? 0 },
      body: reason,
      dueAt: now,
    });
  };
  return { repos, coalition, person, kudos };
}

describe('the message outbox', () => {
  it('plans a key once, lets one sender claim it, and forgets its text once it is finished', () => {
    const { repos, person, kudos } = seed();
    const sam = person('U2');
    const id = kudos(sam.id, 'U3', 'for the assemblies');
    const again = repos.outboxMessages.plan({
      teamId: 'T1',
      coalitionId: sam.coalitionId,
      kind: 'celebration',
      dedupeKey: repos.outboxMessages.findById(id ?? 0)?.dedupeKey ?? '',
      refs: {},
      dueAt: now,
    });
    expect(again).toBeUndefined();
    expect(repos.outboxMessages.claim(id ?? 0, now, later)?.attempts).toBe(1);
    expect(repos.outboxMessages.claim(id ?? 0, now, later)).toBeUndefined();
    // A claim that ran out (its sender crashed) is due again.
    expect(repos.outboxMessages.due(new Date(later.getTime() + 1), 10).map((row) => row.id)).toEqual([id]);
    repos.outboxMessages.finish(id ?? 0, 'sent', now, { channelId: 'C1', messageTs: '1.000100' });
    expect(repos.outboxMessages.findById(id ?? 0)).toMatchObject({ status: 'sent', body: null, messageTs: '1.000100' });
  });

  it('drops the celebrations still to post that name an erased person or carry their words, and only those', () => {
    const { repos, person, kudos } = seed();
    const [sam, pat] = [person('U2'), person('U3')];
    const toSam = kudos(sam.id, 'U3', 'for the assemblies');
    const fromSam = kudos(pat.id, 'U2', 'for the posters');
    const other = kudos(pat.id, 'U4', 'for the leaflets');
    expect(repos.outboxMessages.dropCelebrationsOf(sam.id, 'U2', now)).toBe(2);
    for (const id of [toSam, fromSam])
      expect(repos.outboxMessages.findById(id ?? 0)).toMatchObject({ status: 'skipped', body: null });
    expect(repos.outboxMessages.findById(other ?? 0)).toMatchObject({ status: 'pending', body: 'for the leaflets' });
  });
});
