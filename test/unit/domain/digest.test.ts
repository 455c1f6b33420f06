import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeDigest, type DigestInput, type DigestPerson, sectorCoverage } from '../../../src/domain/digest.js';
import { DEFAULT_QUESTIONS } from '../../../src/domain/questions.js';
import { SECTORS } from '../../../src/domain/sectors.js';
import { messageProblems } from '../../../src/simulator/limits.js';
import { digestReply, digestSummary } from '../../../src/slack/blocks/digest-message.js';

function person(index: number, sector = SECTORS[index % 5]?.key ?? null): DigestPerson {
  return {
    personId: index,
    userId: `U${index}`,
    name: `Partner ${String(index).padStart(3, '0')}`,
    organisation: `Org ${index % 17}`,
    sector,
  };
}

function input(patch: Partial<DigestInput> = {}): DigestInput {
  return {
    coalitionName: 'Northside',
    cycleDate: '2026-11-30',
    participants: [],
    responses: [],
    away: [],
    questions: [...DEFAULT_QUESTIONS],
    blockers: [],
    tasks: { completed: [], dueSoon: [], overdue: [] },
    milestones: { reached: [], next: [] },
    celebrated: 0,
    missingSectors: null,
    nameOverdueOwners: false,
    ...patch,
  };
}

const answer = (p: DigestPerson, extra: Record<string, string> = {}) => ({
  person: p,
  late: false,
  answers: { progress: `Progress from ${p.name}`, win: `Win from ${p.name}`, ...extra },
});

describe('composeDigest', () => {
  it('handles an empty cycle', () => {
    const digest = composeDigest(input({ participants: [person(1), person(2)] }));
    expect(digest).toMatchObject({ answered: 0, expected: 2, wins: [], blockers: [], replies: [] });
    expect(messageProblems(digestSummary(digest).blocks)).toEqual([]);
  });

  it('leaves progress and per-sector counts out of the digest: progress is in the thread only', () => {
    const people = [person(1, 'health'), person(2, 'health')];
    const digest = composeDigest(input({ participants: people, responses: people.map((p) => answer(p)) }));
    expect(digest).not.toHaveProperty('bySector');
    expect(digest).not.toHaveProperty('progress');
    expect(JSON.stringify(digestSummary(digest))).not.toContain('Progress from');
    expect(JSON.stringify(digestReply(digest.replies[0] as never))).toContain('Progress from');
  });

  it('handles everyone being away', () => {
    const people = [person(1), person(2)];
    const digest = composeDigest(input({ participants: [], away: people }));
    expect(digest).toMatchObject({ answered: 0, expected: 0 });
    expect(digest.away.map((p) => p.name)).toEqual(['Partner 001', 'Partner 002']);
    expect(JSON.stringify(digestSummary(digest).blocks)).toContain('Away this time: Partner 001, Partner 002');
  });

  it('lists wins by name, never by how much people wrote', () => {
    const short = person(3, 'police');
    const long = person(1, 'education');
    const digest = composeDigest(
      input({
        participants: [short, long],
        responses: [answer(short), { ...answer(long), answers: { win: 'x'.repeat(2000) } }],
      }),
    );
    expect(digest.wins.map((win) => win.person.name)).toEqual(['Partner 001', 'Partner 003']);
  });

  it('keeps private notes out of everything it produces', () => {
    const p = person(1);
    const digest = composeDigest(input({ participants: [p], responses: [answer(p, { private_note: 'SECRET-NOTE' })] }));
    expect(JSON.stringify(digest)).toContain('Progress from');
    const everything = JSON.stringify([digestSummary(digest), ...digest.replies.map(digestReply)]);
    expect(everything).not.toContain('SECRET-NOTE');
  });

  it('counts overdue tasks without names unless the coalition chooses names', () => {
    const overdue = [
      { ref: 'T-1', title: 'Leaflet', ownerUserId: 'U9', ownerName: 'Nina Nine', dueDate: '2026-11-01' },
    ];
    const counted = digestSummary(composeDigest(input({ tasks: { completed: [], dueSoon: [], overdue } })));
    expect(JSON.stringify(counted.blocks)).toContain('1 overdue');
    expect(JSON.stringify(counted.blocks)).not.toContain('Nina Nine');
    const named = digestSummary(
      composeDigest(input({ nameOverdueOwners: true, tasks: { completed: [], dueSoon: [], overdue } })),
    );
    // Named in words, never pinged: an overdue task is no reason to notify someone in front of everyone.
    expect(JSON.stringify(named.blocks)).toContain('Nina Nine');
    expect(JSON.stringify(named)).not.toContain('<@U9>');
  });

  it('stays within Slack’s limits with 200 partners, pointing the rest to the thread', () => {
    const people = Array.from({ length: 200 }, (_, index) =>
      person(index + 1, SECTORS[index % SECTORS.length]?.key ?? null),
    );
    const responses = people.map((p) =>
      answer(p, {
        progress: `Progress ${'p'.repeat(400)}`,
        win: `Win ${'w'.repeat(250)}`,
        blockers: 'Waiting on venues',
      }),
    );
    const blockers = people
      .slice(0, 120)
      .map((p, index) => ({ id: index + 1, person: p, text: 'Waiting on venues', offers: [], carried: false }));
    const digest = composeDigest(input({ participants: people, responses, blockers }));
    const summary = digestSummary(digest);
    expect(summary.blocks.length).toBeLessThan(50);
    expect(messageProblems(summary.blocks)).toEqual([]);
    expect(JSON.stringify(summary.blocks)).toContain('more in the thread');
    expect(digest.replies).toHaveLength(200);
    for (const reply of digest.replies) expect(messageProblems(digestReply(reply).blocks)).toEqual([]);
  });
});

describe('sectorCoverage', () => {
  const answered = (...ids: number[]) => new Set(ids);

  it('never shows a sector of fewer than three on its own', () => {
    const people = [
      person(1, 'education'),
      person(2, 'education'),
      person(3, 'education'),
      person(4, 'police'),
      person(5, 'business'),
      person(6, 'health'),
    ];
    expect(sectorCoverage(people, answered(1, 2, 4))).toEqual([
      { sector: 'education', answered: 2, expected: 3 },
      { sector: null, answered: 1, expected: 3 },
    ]);
  });

  it('leaves out the small sectors altogether when even together they are fewer than three', () => {
    const people = [person(1, 'education'), person(2, 'education'), person(3, 'education'), person(4, 'police')];
    expect(sectorCoverage(people, answered(4))).toEqual([{ sector: 'education', answered: 0, expected: 3 }]);
  });

  it('holds for any roster: no shown row counts fewer than three people', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SECTORS.map((sector) => sector.key), null), { maxLength: 60 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        (sectors, answeredFlags) => {
          const people = sectors.map((sector, index) => person(index + 1, sector));
          const ids = new Set(people.filter((_, index) => answeredFlags[index]).map((p) => p.personId));
          const rows = sectorCoverage(people, ids);
          for (const row of rows) expect(row.expected).toBeGreaterThanOrEqual(3);
          expect(rows.reduce((sum, row) => sum + row.answered, 0)).toBeLessThanOrEqual(ids.size);
        },
      ),
    );
  });
});
