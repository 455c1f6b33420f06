import { describe, expect, it } from 'vitest';
import type { Organisation, Person } from '../../../src/domain/people.js';
import { groupRoster } from '../../../src/domain/roster.js';

const base: Person = {
  id: 0,
  teamId: 'T1',
  coalitionId: 1,
  slackUserId: 'U0',
  homeTeamId: 'T1',
  displayName: '',
  tz: 'Europe/London',
  organisationId: null,
  sector: null,
  whatTheyBring: null,
  role: 'partner',
  active: true,
  joinedAt: new Date('2026-11-01T00:00:00Z'),
  leftAt: null,
  inactiveReason: null,
};
const person = (id: number, name: string, patch: Partial<Person> = {}): Person => ({
  ...base,
  id,
  slackUserId: `U${id}`,
  displayName: name,
  ...patch,
});
const school: Organisation = {
  id: 7,
  teamId: 'T1',
  coalitionId: 1,
  name: 'St Mary’s',
  sector: 'education',
  whatTheyBring: null,
};

describe('groupRoster', () => {
  it('groups by sector in taxonomy order, takes an organisation’s sector when the person has none, and puts the unassigned last', () => {
    const view = groupRoster(
      [
        person(1, 'Zoe', { sector: 'police' }),
        person(2, 'Amir', { organisationId: 7 }),
        person(3, 'Bea'),
        person(4, 'Cal', { sector: 'health' }),
      ],
      [school],
    );
    expect(view.groups.map((group) => group.sector)).toEqual(['health', 'police', 'education', null]);
    expect(view.groups[2]?.entries[0]?.organisation?.name).toBe('St Mary’s');
    expect(view.activeCount).toBe(4);
  });

  it('leaves out people who have left, and reports the core sectors still missing', () => {
    const view = groupRoster(
      [person(1, 'Ann', { sector: 'health', active: false }), person(2, 'Ben', { sector: 'police' })],
      [],
    );
    expect(view.groups.map((group) => group.sector)).toEqual(['police']);
    expect(view.missingCoreSectors).toContain('health');
    expect(view.missingCoreSectors).not.toContain('police');
  });

  it('does not rank a big sector above a small one', () => {
    const view = groupRoster(
      [
        person(1, 'A', { sector: 'youth_voice' }),
        person(2, 'B', { sector: 'youth_voice' }),
        person(3, 'C', { sector: 'health' }),
      ],
      [],
    );
    expect(view.groups.map((group) => group.sector)).toEqual(['health', 'youth_voice']);
  });
});
