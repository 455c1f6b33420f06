/**
 * Small groups: a rate over one or two people tells everyone what those people did, so any group smaller than
 * three is shown as "fewer than 3" and never as a figure.
 */
export const MIN_GROUP_SIZE = 3;

export const FEWER_THAN_3 = 'fewer than 3';

export type MaskedRate =
  | { shown: true; numerator: number; denominator: number; rate: number }
  | { shown: false; numerator?: undefined; denominator?: undefined; rate?: undefined };

/** `groupSize` is the number of distinct people behind the figure, which may differ from the denominator. */
export function maskedRate(numerator: number, denominator: number, groupSize: number = denominator): MaskedRate {
  if (groupSize < MIN_GROUP_SIZE || denominator === 0) return { shown: false };
  return { shown: true, numerator, denominator, rate: numerator / denominator };
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** "83% (10 of 12)" or "fewer than 3". */
export function describeRate(rate: MaskedRate): string {
  return rate.shown ? `${percent(rate.rate)} (${rate.numerator} of ${rate.denominator})` : FEWER_THAN_3;
}

/** A count that says something about fewer than three people is masked the same way. */
export function maskedCount(count: number, groupSize: number): number | undefined {
  return groupSize < MIN_GROUP_SIZE ? undefined : count;
}
