import { describe, expect, it } from 'vitest';
import { preparedOnFirstUse } from '../../../src/db/prepared.js';

describe('preparedOnFirstUse', () => {
  it('builds nothing until first asked, then builds once and keeps it', () => {
    let builds = 0;
    const statement = preparedOnFirstUse(() => {
      builds += 1;
      return { get: () => builds };
    });
    expect(builds).toBe(0);
    expect(statement().get()).toBe(1);
    expect(statement()).toBe(statement());
    expect(builds).toBe(1);
  });
});
