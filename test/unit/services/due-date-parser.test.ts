import { describe, expect, it } from 'vitest';
import * as dueDates from '../../../src/domain/due-dates.js';
import { NotLoadedError } from '../../../src/services/deferred.js';
import { lazyDueDateParser } from '../../../src/services/tasks/due-date-parser.js';

const now = new Date('2026-11-25T10:00:00Z');

describe('the due-date parser loaded after start', () => {
  it('refuses to parse before it has loaded', () => {
    const parser = lazyDueDateParser(() => new Promise(() => undefined));
    void parser.ready();
    expect(() => parser.parseDueDate('next friday', now, 'Europe/London')).toThrow(NotLoadedError);
    expect(() => parser.dueDateHint('past')).toThrow(NotLoadedError);
  });

  it('parses as domain/due-dates does once loaded', async () => {
    const parser = lazyDueDateParser();
    await parser.ready();
    for (const text of ['next friday', '2026-12-05', 'in 3 weeks', 'yesterday', 'whenever'])
      expect(parser.parseDueDate(text, now, 'Europe/London')).toEqual(
        dueDates.parseDueDate(text, now, 'Europe/London'),
      );
    expect(parser.dueDateHint('too_far')).toBe(dueDates.dueDateHint('too_far'));
  });

  it('reads its warm-up dates while loading, so no request pays for chrono’s first parse', async () => {
    const parsed: string[] = [];
    const parser = lazyDueDateParser(async () => ({
      parseDueDate: (text, at, zone) => {
        parsed.push(text);
        return dueDates.parseDueDate(text, at, zone);
      },
      dueDateHint: dueDates.dueDateHint,
    }));
    const ready = parser.ready();
    expect(parsed).toEqual([]);
    await ready;
    // A relative day, a month name, an ISO date and a span: the shapes whose first parse each cost most.
    expect(parsed).toEqual(['next friday', 'end of march', '2027-02-03', 'in 3 weeks']);
    expect(parser.parseDueDate('next friday', now, 'Europe/London')).toEqual(
      dueDates.parseDueDate('next friday', now, 'Europe/London'),
    );
  });
});
