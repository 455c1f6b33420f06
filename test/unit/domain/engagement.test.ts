import { describe, expect, it } from 'vitest';
import { type CycleOutcome, isQuiet, responseRate } from '../../../src/domain/engagement.js';

describe('engagement', () => {
  it.each<[string, CycleOutcome[], boolean]>([
    ['three missed in a row', ['missed', 'missed', 'missed'], true],
    ['missed and skipped', ['skipped', 'missed', 'missed', 'answered'], true],
    ['answered last time', ['answered', 'missed', 'missed', 'missed'], false],
    ['away does not count against them', ['away', 'away', 'missed', 'missed'], false],
    ['away between misses', ['missed', 'away', 'missed', 'missed'], true],
    ['too new to tell', ['missed', 'missed'], false],
    ['a cycle that was not theirs yet does not count', ['missed', 'missed', 'not_scheduled'], false],
    ['not scheduled between misses', ['missed', 'not_scheduled', 'missed', 'missed'], true],
  ])('%s → quiet: %s', (_name, recent, quiet) => {
    expect(isQuiet(recent)).toBe(quiet);
  });

  it('leaves away cycles out of the response rate', () => {
    expect(responseRate(['answered', 'away', 'missed', 'answered'])).toBeCloseTo(2 / 3);
    expect(responseRate(['away'])).toBeUndefined();
    expect(responseRate(['answered', 'not_scheduled', 'missed'])).toBeCloseTo(1 / 2);
  });
});
