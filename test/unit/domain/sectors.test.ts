import { describe, expect, it } from 'vitest';
import { missingCoreSectors, parseSector, SECTORS } from '../../../src/domain/sectors.js';

describe('sectors', () => {
  it('holds the fifteen sectors of the taxonomy, six of them core', () => {
    expect(SECTORS).toHaveLength(15);
    expect(SECTORS.filter((sector) => sector.core).map((sector) => sector.key)).toEqual([
      'local_authority_childrens_services',
      'health',
      'police',
      'education',
      'parents_carers',
      'youth_voice',
    ]);
  });

  it.each([
    ['education', 'education'],
    ['Education', 'education'],
    ['schools', 'education'],
    ['youth-voice', 'youth_voice'],
    ['Parents and carers', 'parents_carers'],
    ["local authority children's services", 'local_authority_childrens_services'],
    ['la', 'local_authority_childrens_services'],
    ['NHS', 'health'],
    ['astronauts', undefined],
    ['', undefined],
  ])('reads %j as %s', (input, expected) => {
    expect(parseSector(input)).toBe(expected);
  });

  it('lists the core sectors nobody covers', () => {
    expect(missingCoreSectors(['education', 'health', 'business', null])).toEqual([
      'local_authority_childrens_services',
      'police',
      'parents_carers',
      'youth_voice',
    ]);
  });
});
