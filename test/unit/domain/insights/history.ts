import type { InsightsInput, ParticipationRecord } from '../../../../src/domain/insights/index.js';

/** Weekly cycle dates from `first`, `count` of them. */
export function weeklyDates(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.parse(`${first}T00:00:00Z`) + index * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

interface HandBuiltPerson {
  personId: number;
  sector: string | null;
  /** Status for each cycle index; undefined = not prompted that cycle (not yet joined). */
  statusAt(cycleIndex: number): string | undefined;
}

export function records(dates: string[], people: HandBuiltPerson[]): ParticipationRecord[] {
  return dates.flatMap((cycleDate, index) =>
    people.flatMap((person) => {
      const status = person.statusAt(index);
      return status === undefined ? [] : [{ cycleDate, personId: person.personId, sector: person.sector, status }];
    }),
  );
}

/**
 * A coalition over twelve weekly cycles: four teachers who always answer (one away for cycles 3–4), three health
 * partners who answer every other week, a police officer who joins at cycle 6 (a sector of one), and a youth worker
 * whose status is one the cycles helper is adding ('not_yet_scheduled') for the first two cycles.
 */
export function sampleHistory(): InsightsInput {
  const dates = weeklyDates('2026-09-07', 12);
  const people: HandBuiltPerson[] = [
    ...[1, 2, 3].map((personId) => ({ personId, sector: 'education', statusAt: () => 'answered' })),
    { personId: 4, sector: 'education', statusAt: (i: number) => (i === 3 || i === 4 ? 'away' : 'answered') },
    ...[5, 6, 7].map((personId) => ({
      personId,
      sector: 'health',
      statusAt: (i: number) => (i % 2 === 0 ? 'answered' : personId === 7 ? 'skipped' : 'missed'),
    })),
    { personId: 8, sector: 'police', statusAt: (i: number) => (i < 6 ? undefined : 'answered') },
    { personId: 9, sector: 'youth_voice', statusAt: (i: number) => (i < 2 ? 'not_yet_scheduled' : 'missed') },
  ];
  const at = (date: string, hour = 17) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  return {
    coalitionName: 'Northside Safeguarding Partnership',
    period: { fromDate: '2026-09-01', toDate: '2026-11-30' },
    now: at('2026-11-28', 12),
    today: '2026-11-28',
    participation: records(dates, people),
    cycleEnds: dates.map((date) => ({ date, at: at(date) })),
    blockers: [
      { raisedOn: '2026-09-07', raisedAt: at('2026-09-07'), resolvedAt: at('2026-09-21'), offers: 2 },
      { raisedOn: '2026-09-14', raisedAt: at('2026-09-14'), resolvedAt: at('2026-09-18'), offers: 0 },
      { raisedOn: '2026-10-12', raisedAt: at('2026-10-12'), resolvedAt: null, offers: 1 },
      { raisedOn: '2026-11-02', raisedAt: at('2026-11-02'), resolvedAt: null, offers: 0 },
      { raisedOn: '2026-08-20', raisedAt: at('2026-08-20'), resolvedAt: at('2026-09-10'), offers: 0 },
    ],
    tasks: [
      { ownerPersonId: 1, sector: 'education', status: 'done', dueDate: '2026-09-30', completedOn: '2026-09-28' },
      { ownerPersonId: 2, sector: 'education', status: 'done', dueDate: '2026-10-15', completedOn: '2026-10-20' },
      { ownerPersonId: 3, sector: 'education', status: 'on_track', dueDate: '2026-11-01', completedOn: null },
      { ownerPersonId: 4, sector: 'education', status: 'done', dueDate: null, completedOn: '2026-11-05' },
      { ownerPersonId: 8, sector: 'police', status: 'done', dueDate: '2026-11-10', completedOn: '2026-11-09' },
      { ownerPersonId: 8, sector: 'police', status: 'blocked', dueDate: '2026-11-20', completedOn: null },
    ],
    milestones: [
      { ref: 'M-1', title: 'Leads named', target: 20, progress: 20, dueDate: '2026-09-30', reachedOn: '2026-09-25' },
      { ref: 'M-2', title: 'Pathway agreed', target: 1, progress: 1, dueDate: '2026-10-15', reachedOn: '2026-10-29' },
      { ref: 'M-3', title: 'Training', target: 10, progress: 4, dueDate: '2026-11-15', reachedOn: null },
      { ref: 'M-4', title: 'Youth panel', target: 1, progress: 0, dueDate: '2027-01-31', reachedOn: null },
    ],
    celebrations: [
      { kind: 'kudos', on: '2026-09-10', reactions: 3 },
      { kind: 'kudos', on: '2026-10-10', reactions: 1 },
      { kind: 'milestone', on: '2026-09-25', reactions: 6 },
      { kind: 'win', on: '2026-10-01', reactions: 2 },
      { kind: 'kudos', on: '2026-08-01', reactions: 4 },
    ],
  };
}
