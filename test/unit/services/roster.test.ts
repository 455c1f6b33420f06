import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../src/domain/errors.js';
import * as detector from '../../../src/domain/privacy/index.js';
import { createLogger } from '../../../src/logger.js';
import { createCoalitionService } from '../../../src/services/coalitions.js';
import { createPrivacyService } from '../../../src/services/privacy.js';
import { createRosterService } from '../../../src/services/roster.js';
import { createFakeDirectory } from '../../fakes/fake-directory.js';
import { createTestClock } from '../../helpers/test-clock.js';
import { createTestDb } from '../../helpers/test-db.js';

function build() {
  const { repos } = createTestDb();
  const clock = createTestClock('2026-11-24T10:00:00Z');
  const fake = createFakeDirectory({
    channels: { C1: ['U1', 'U2', 'UGUEST', 'UBOT', 'UGONE'] },
    profiles: [
      { userId: 'U1', tz: 'Europe/London' },
      { userId: 'U2', tz: null },
      { userId: 'UGUEST', isRestricted: true },
      { userId: 'UBOT', isBot: true },
      { userId: 'UGONE', deleted: true },
    ],
  });
  const privacy = createPrivacyService({ repos, clock, jurisdiction: 'uk', scanner: detector });
  const roster = createRosterService({ repos, directory: fake.directory, privacy, clock });
  const coalitions = createCoalitionService({
    repos,
    directory: fake.directory,
    notifier: { welcome: async () => {}, greetPartner: async () => {} },
    roster,
    privacy,
    clock,
    logger: createLogger('silent'),
    defaultTimezone: 'Europe/Paris',
  });
  return { repos, roster, coalitions, fake, clock };
}

async function expectDomainError(work: () => unknown, code: string) {
  try {
    await work();
    expect.unreachable('should have thrown');
  } catch (error) {
    expect(isDomainError(error) && error.code).toBe(code);
  }
}

describe('roster service', () => {
  it('rosters members but not guests, bots or deactivated accounts; falls back to the coalition timezone', async () => {
    const { coalitions, repos, fake } = build();
    const result = await coalitions.setup({ teamId: 'T1', channelId: 'C1', name: 'North', callerId: 'U1' });
    const people = repos.people.listByCoalition(result.coalition.id);
    expect(people.map((person) => person.slackUserId).sort()).toEqual(['U1', 'U2']);
    expect(people.find((person) => person.slackUserId === 'U2')?.tz).toBe('Europe/Paris');
    expect(fake.joined).toEqual(['C1']);
  });

  it('lets a coordinator add a guest by hand', async () => {
    const { coalitions, roster } = build();
    const { coalition } = await coalitions.setup({ teamId: 'T1', channelId: 'C1', name: 'North', callerId: 'U1' });
    const { person } = await roster.assignPartner({
      coalition,
      actorUserId: 'U1',
      targetUserId: 'UGUEST',
      organisationName: 'Parents Forum',
      sector: 'parents_carers',
    });
    expect(person).toMatchObject({ slackUserId: 'UGUEST', sector: 'parents_carers', active: true });
  });

  it.each([
    [
      'a partner adding partners',
      (s: ReturnType<typeof build>, c: never) =>
        s.roster.assignPartner({
          coalition: c,
          actorUserId: 'U2',
          targetUserId: 'U1',
          organisationName: 'X',
          sector: 'health',
        }),
      'forbidden',
    ],
    [
      'a partner changing roles',
      (s: ReturnType<typeof build>, c: never) =>
        s.roster.setRole({ coalition: c, actorUserId: 'U2', targetUserId: 'U2', role: 'coordinator' }),
      'forbidden',
    ],
    [
      'the last coordinator stepping down',
      (s: ReturnType<typeof build>, c: never) =>
        s.roster.setRole({ coalition: c, actorUserId: 'U1', targetUserId: 'U1', role: 'observer' }),
      'last_coordinator',
    ],
    [
      'a role for someone not on the roster',
      (s: ReturnType<typeof build>, c: never) =>
        s.roster.setRole({ coalition: c, actorUserId: 'U1', targetUserId: 'UNOBODY', role: 'partner' }),
      'not_found',
    ],
  ])('refuses %s', async (_name, act, code) => {
    const services = build();
    const { coalition } = await services.coalitions.setup({
      teamId: 'T1',
      channelId: 'C1',
      name: 'North',
      callerId: 'U1',
    });
    await expectDomainError(() => act(services, coalition as never), code);
  });

  it('resolves a command typed outside the channel to the caller’s only coalition, and refuses when it is ambiguous', async () => {
    const { coalitions } = build();
    await coalitions.setup({ teamId: 'T1', channelId: 'C1', name: 'North', callerId: 'U1' });
    expect(coalitions.resolve({ teamId: 'T1', channelId: 'D999', userId: 'U2' }).channelId).toBe('C1');
    await expectDomainError(
      () => coalitions.resolve({ teamId: 'T1', channelId: 'D999', userId: 'UNOBODY' }),
      'not_set_up',
    );
    await coalitions.setup({ teamId: 'T1', channelId: 'C2', name: 'South', callerId: 'U2' });
    await expectDomainError(() => coalitions.resolve({ teamId: 'T1', channelId: 'D999', userId: 'U2' }), 'not_set_up');
  });

  it('brings a leaver back when they rejoin, and audits both', async () => {
    const { coalitions, roster, repos } = build();
    const { coalition } = await coalitions.setup({ teamId: 'T1', channelId: 'C1', name: 'North', callerId: 'U1' });
    roster.memberLeft('C1', 'U2');
    expect(repos.people.find(coalition.id, 'U2')?.active).toBe(false);
    await roster.memberJoined('C1', 'U2');
    expect(repos.people.find(coalition.id, 'U2')).toMatchObject({ active: true, leftAt: null });
    const actions = repos.auditLog.recent('T1', coalition.id, 50).map((entry) => entry.action);
    expect(actions).toContain('roster.left');
    expect(actions).toContain('roster.rejoined');
  });
});
