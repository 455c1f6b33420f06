import { describe, expect, it } from 'vitest';
import { addPartner, createSeededDb } from '../../helpers/test-db.js';

const now = new Date('2026-11-24T10:00:00Z');

const seed = () => createSeededDb(now);

describe('repositories', () => {
  it('keeps one DM channel per person, the latest Slack gave, and finds people by member and coalition', () => {
    const { repos, coalition } = seed();
    expect(repos.dmChannels.find('U9')).toBeUndefined();
    repos.dmChannels.remember('U9', 'D1', now);
    repos.dmChannels.remember('U9', 'D2', new Date(now.getTime() + 1000));
    expect(repos.dmChannels.find('U9')).toBe('D2');
    const person = repos.people.insert({
      teamId: 'T1',
      coalitionId: coalition.id,
      slackUserId: 'U9',
      homeTeamId: 'T1',
      displayName: 'Ife',
      tz: 'Europe/London',
      role: 'partner',
      active: true,
      joinedAt: now,
    });
    expect(repos.people.find(coalition.id, 'U9')).toEqual(person);
    expect(repos.people.find(coalition.id + 1, 'U9')).toBeUndefined();
    expect(repos.people.findById(person.id)).toEqual(person);
    expect(repos.people.listByCoalition(coalition.id)).toEqual([person]);
  });

  it('binds a channel once: a second create returns the same coalition', () => {
    const { repos, coalition } = seed();
    const again = repos.coalitions.create({ ...coalition, name: 'Other name' });
    expect(again.created).toBe(false);
    expect(again.coalition.id).toBe(coalition.id);
    expect(again.coalition.name).toBe('Northside');
  });

  it('returns domain types with real dates and booleans', () => {
    const { repos, coalition } = seed();
    const person = repos.people.insert({
      teamId: 'T1',
      coalitionId: coalition.id,
      slackUserId: 'U2',
      homeTeamId: 'T2',
      displayName: 'Sam',
      tz: 'Asia/Kolkata',
      role: 'partner',
      active: true,
      joinedAt: now,
    });
    expect(person.joinedAt).toBeInstanceOf(Date);
    expect(person.active).toBe(true);
    expect(person.homeTeamId).toBe('T2');
    expect(repos.people.find(coalition.id, 'U2')?.tz).toBe('Asia/Kolkata');
  });

  it('matches organisations by name and fills in blanks later', () => {
    const { repos, coalition } = seed();
    const first = repos.organisations.upsert({
      teamId: 'T1',
      coalitionId: coalition.id,
      name: 'St Mary’s',
      sector: null,
      now,
    });
    const second = repos.organisations.upsert({
      teamId: 'T1',
      coalitionId: coalition.id,
      name: 'St Mary’s',
      sector: 'education',
      now,
    });
    expect(second.id).toBe(first.id);
    expect(second.sector).toBe('education');
    expect(repos.organisations.listByCoalition(coalition.id)).toHaveLength(1);
  });

  it('claims an event id once', () => {
    const { repos } = seed();
    expect(repos.processedEvents.markFirstSeen('Ev1', 'T1', now)).toBe(true);
    expect(repos.processedEvents.markFirstSeen('Ev1', 'T1', now)).toBe(false);
    repos.processedEvents.remove('Ev1');
    expect(repos.processedEvents.markFirstSeen('Ev1', 'T1', now)).toBe(true);
  });

  it('keeps audit entries newest first', () => {
    const { repos, coalition } = seed();
    for (const [index, action] of ['a', 'b', 'c'].entries()) {
      repos.auditLog.append({
        teamId: 'T1',
        coalitionId: coalition.id,
        actorUserId: 'U1',
        action,
        at: new Date(now.getTime() + index * 1000),
        after: { step: index },
      });
    }
    const recent = repos.auditLog.recent('T1', coalition.id, 2);
    expect(recent.map((entry) => entry.action)).toEqual(['c', 'b']);
    expect(recent[0]?.after).toEqual({ step: 2 });
  });
});

describe('planning outbox rows', () => {
  it('stores a row planned alone (a prepared insert) exactly as one planned among others', () => {
    const { repos, coalition } = seed();
    const person = addPartner(repos, coalition.id, 'U7', now);
    const cycle = repos.cycles.createOnce({
      teamId: 'T1',
      coalitionId: coalition.id,
      cycleDate: '2026-11-30',
      questions: [],
      opensAt: now,
      closesAt: new Date(now.getTime() + 86_400_000),
    });
    const row = (kind: 'prompt' | 'close', personId: number | null) => ({
      teamId: 'T1',
      cycleId: cycle.id,
      personId,
      kind,
      dedupeKey: `${cycle.id}:${personId ?? 'cycle'}:${kind}:0`,
      dueAt: new Date(now.getTime() + 60_000),
      expiresAt: new Date(now.getTime() + 3_600_000),
    });
    expect(repos.deliveries.planMany([row('prompt', person.id)])).toBe(1);
    expect(repos.deliveries.planMany([row('prompt', person.id)])).toBe(0);
    expect(repos.deliveries.planMany([row('close', null), row('prompt', person.id)])).toBe(1);
    const alone = repos.deliveries.findByKey(row('prompt', person.id).dedupeKey);
    const among = repos.deliveries.findByKey(row('close', null).dedupeKey);
    const { id: _a, kind: _k1, dedupeKey: _d1, personId: _p1, ...aloneRest } = alone ?? ({} as never);
    const { id: _b, kind: _k2, dedupeKey: _d2, personId: _p2, ...amongRest } = among ?? ({} as never);
    expect(aloneRest).toEqual(amongRest);
    expect(alone).toMatchObject({ kind: 'prompt', personId: person.id, status: 'pending', attempts: 0 });
    expect(alone?.dueAt).toEqual(new Date(now.getTime() + 60_000));
    expect(alone?.nextAttemptAt).toEqual(alone?.dueAt);
    expect(alone?.expiresAt).toEqual(new Date(now.getTime() + 3_600_000));
  });

  it('reads a person’s away periods, and only theirs', () => {
    const { repos, coalition } = seed();
    const [ade, bo, cy] = ['U7', 'U8', 'U9'].map((slackUserId) => addPartner(repos, coalition.id, slackUserId, now));
    if (!ade || !bo || !cy) throw new Error('people not inserted');
    repos.away.add({ teamId: 'T1', personId: ade.id, fromDate: '2026-12-24', toDate: '2027-01-02', now });
    repos.away.add({ teamId: 'T1', personId: bo.id, fromDate: '2026-12-01', toDate: '2026-12-01', now });
    expect(repos.away.listFor(ade.id)).toEqual([{ personId: ade.id, fromDate: '2026-12-24', toDate: '2027-01-02' }]);
    expect(repos.away.listFor(cy.id)).toEqual([]);
  });
});
