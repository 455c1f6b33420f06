import type { dueDateHint, parseDueDate } from '../../domain/due-dates.js';
import { deferred } from '../deferred.js';

/** What the task service needs from domain/due-dates (chrono reads "next friday"). */
export interface DueDateParser {
  parseDueDate: typeof parseDueDate;
  dueDateHint: typeof dueDateHint;
}

const loadDueDates = (): Promise<DueDateParser> => import('../../domain/due-dates.js');

/** chrono is a tenth of the start-up's own work and only task commands need it: it loads after start, as the scanner. */
export function lazyDueDateParser(load: () => Promise<DueDateParser> = loadDueDates) {
  const dueDates = deferred('the due-date parser', load);
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
