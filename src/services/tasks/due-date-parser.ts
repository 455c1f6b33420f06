import type { dueDateHint, parseDueDate } from '../../domain/due-dates.js';
import { deferred } from '../deferred.js';

/** What the task service needs from domain/due-dates (chrono reads "next friday"). */
export interface DueDateParser {
  parseDueDate: typeof parseDueDate;
  dueDateHint: typeof dueDateHint;
}

const loadDueDates = (): Promise<DueDateParser> => import('../../domain/due-dates.js');

/**
 * chrono builds its patterns on first use: the first "end of march" after a start took 120 ms and the first "next
 * friday" 45 ms, inside a request. Read once while loading (about a quarter of a second), every later one of ten
 * shapes took under 1.5 ms. The reference instant is fixed: only the parsing is warmed, nothing is kept.
 */
const WARM_UP_TEXTS = ['next friday', 'end of march', '2027-02-03', 'in 3 weeks'];
const WARM_UP_NOW = new Date('2026-01-15T12:00:00Z');

function warmUp(parser: DueDateParser): void {
  for (const text of WARM_UP_TEXTS) parser.parseDueDate(text, WARM_UP_NOW, 'Europe/London');
}

/** chrono is a tenth of the start-up's own work and only task commands need it: it loads after start, as the scanner. */
export function lazyDueDateParser(load: () => Promise<DueDateParser> = loadDueDates) {
  const dueDates = deferred('the due-date parser', load, warmUp);
  const parser: DueDateParser = {
    parseDueDate: (text, now, zone) => dueDates.get().parseDueDate(text, now, zone),
    dueDateHint: (reason) => dueDates.get().dueDateHint(reason),
  };
  return {
    ...parser,
    ready: dueDates.ready,
    get loaded() {
      return dueDates.loaded;
    },
  };
}
