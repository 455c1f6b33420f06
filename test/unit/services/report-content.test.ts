import { describe, expect, it } from 'vitest';
import { computeInsights, type Period, reportCsvFiles } from '../../../src/domain/insights/index.js';
import * as detector from '../../../src/domain/privacy/index.js';
import { gatherInsightsInput } from '../../../src/services/insights-data.js';
import { createPrivacyService } from '../../../src/services/privacy.js';
import { gatherReportContent } from '../../../src/services/report-content.js';
import { createTestDb } from '../../helpers/test-db.js';
import {
  addRosterPartners,
  PRIVATE_MARK,
  SHARED_MARK,
  seedYearOfCycles,
  UNSHARED_MARK,
} from '../../helpers/year-history.js';

const now = new Date('2027-04-02T10:00:00Z');
const period: Period = { fromDate: '2026-04-01', toDate: '2027-03-31' };

function seeded(partners: number) {
  const { repos } = createTestDb();
  const { coalition } = repos.coalitions.create({
    teamId: 'T0TEST',
    channelId: 'C0TEST',
    name: 'Test',
    timezone: 'Europe/London',
    createdBy: 'U0BENCH0',
    createdAt: new Date('2026-03-01T00:00:00Z'),
  });
  const people = addRosterPartners(repos, coalition, partners, new Date('2026-03-01T00:00:00Z'));
  seedYearOfCycles(repos, coalition, people, { firstCycle: '2026-04-06', cycles: 52 });
  const privacy = createPrivacyService({ repos, clock: { now: () => now }, jurisdiction: 'uk', scanner: detector });
  const facts = gatherInsightsInput(repos, coalition, period, now);
  const content = gatherReportContent(repos, privacy, coalition, facts, period, 'U0BENCH0');
  return { repos, coalition, facts, content };
}

describe('what the report may contain', () => {
  const { facts, content } = seeded(20);
  const everything = JSON.stringify(content);

  it('never holds a private note, a task note or a win its author did not share', () => {
    expect(everything).not.toContain(PRIVATE_MARK);
    expect(everything).not.toContain(UNSHARED_MARK);
    expect(content.wins.length).toBeGreaterThan(0);
    for (const win of content.wins) expect(win.text.startsWith(SHARED_MARK)).toBe(true);
  });

  it('keeps a win only once it was celebrated in the channel', () => {
    // The seed celebrates shared wins every fourth cycle only; the rest were ticked but never posted.
    for (const win of content.wins) expect(Number(win.text.slice(SHARED_MARK.length).split('-')[0]) % 4).toBe(0);
  });

  it('masks every sector of fewer than three people in the participation CSV', () => {
    // Five partners over five sectors: one person each, so no sector may show a figure.
    const small = seeded(5);
    const csv = reportCsvFiles(computeInsights(small.facts.input), small.content)[0]?.content ?? '';
    const sectorRows = csv
      .split('\r\n')
      .filter((line) => line && !line.startsWith('cycle_date') && !line.includes('All partners'));
    expect(sectorRows.length).toBeGreaterThan(0);
    for (const row of sectorRows) expect(row).toMatch(/fewer than 3,fewer than 3,fewer than 3$/);
    expect(facts.input.participation.some((record) => record.status === 'away')).toBe(true);
  });
});
