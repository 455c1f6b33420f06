/**
 * A partner's recent record, newest cycle first: 'answered', 'skipped', 'away', 'missed', or 'not_scheduled' (the
 * cycle's time had passed for them when the schedule was set, or before they joined: not theirs to answer).
 */
export type CycleOutcome = 'answered' | 'skipped' | 'away' | 'missed' | 'not_scheduled';

/** Cycles a partner was expected in: away and not-yet-scheduled cycles count against nobody. */
const wasExpected = (outcome: CycleOutcome) => outcome !== 'away' && outcome !== 'not_scheduled';

// Three quiet cycles in a row is a pattern worth a kind word from a coordinator; one missed week is not.
export const QUIET_AFTER_CYCLES = 3;

/** Quiet: no answer in the last few cycles they were expected in. */
export function isQuiet(recent: CycleOutcome[]): boolean {
  const expected = recent.filter(wasExpected).slice(0, QUIET_AFTER_CYCLES);
  return (
    expected.length >= QUIET_AFTER_CYCLES && expected.every((outcome) => outcome === 'missed' || outcome === 'skipped')
  );
}

export function responseRate(recent: CycleOutcome[]): number | undefined {
  const expected = recent.filter(wasExpected);
  return expected.length === 0
    ? undefined
    : expected.filter((outcome) => outcome === 'answered').length / expected.length;
}
