/** A partner's recent record, newest cycle first: 'answered', 'skipped', 'away' or 'missed'. */
export type CycleOutcome = 'answered' | 'skipped' | 'away' | 'missed';

// Three quiet cycles in a row is a pattern worth a kind word from a coordinator; one missed week is not.
export const QUIET_AFTER_CYCLES = 3;

/** Quiet: no answer in the last few cycles they were expected in (away does not count against anyone). */
export function isQuiet(recent: CycleOutcome[]): boolean {
  const expected = recent.filter((outcome) => outcome !== 'away').slice(0, QUIET_AFTER_CYCLES);
  return (
    expected.length >= QUIET_AFTER_CYCLES && expected.every((outcome) => outcome === 'missed' || outcome === 'skipped')
  );
}

export function responseRate(recent: CycleOutcome[]): number | undefined {
  const expected = recent.filter((outcome) => outcome !== 'away');
  return expected.length === 0
    ? undefined
    : expected.filter((outcome) => outcome === 'answered').length / expected.length;
}
