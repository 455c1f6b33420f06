import { describe, expect, it } from 'vitest';
import { parseSector, SECTOR_KEYS, SECTOR_WORDS } from '../../../../src/domain/sectors.js';
import { helpMessage } from '../../../../src/slack/blocks/help-message.js';
import { SUBCOMMANDS } from '../../../../src/slack/parse/command.js';

const textOf = (audience: Parameters<typeof helpMessage>[0]) => JSON.stringify(helpMessage(audience).blocks);
const FOR_COORDINATORS = Object.entries(SUBCOMMANDS)
  .filter(([, sub]) => sub.coordinatorOnly)
  .map(([name]) => name);
const FOR_EVERYONE = Object.entries(SUBCOMMANDS)
  .filter(([, sub]) => !sub.coordinatorOnly)
  .map(([name]) => name);

/** Where in the help each command's usage first appears. */
const positionOf = (text: string, name: string) => text.search(new RegExp(`/coalition ${name}(?![a-z-])`));

describe('help shaped to the reader', () => {
  it('shows a partner their own commands first and the coordinators’ after, under their own heading', () => {
    const text = textOf('partner');
    const heading = text.indexOf('For coordinators');
    expect(heading).toBeGreaterThan(0);
    for (const name of FOR_EVERYONE) expect(positionOf(text, name), name).toBeLessThan(heading);
    for (const name of FOR_COORDINATORS) expect(positionOf(text, name), name).toBeGreaterThan(heading);
  });

  it('shows a coordinator the coordinator commands first', () => {
    const text = textOf('coordinator');
    const heading = text.indexOf('What everyone can do');
    for (const name of FOR_COORDINATORS) expect(positionOf(text, name), name).toBeLessThan(heading);
    for (const name of FOR_EVERYONE.filter((name) => !FOR_COORDINATORS.includes(name)))
      expect(positionOf(text, name), name).toBeGreaterThan(heading);
  });

  it('tells a newcomer how to start', () => {
    expect(textOf('newcomer')).toContain('/coalition setup Our Coalition Name');
  });

  it('shows no snake_case sector key, and every sector word it shows can be typed back', () => {
    for (const audience of ['coordinator', 'partner', 'observer', 'newcomer'] as const) {
      const text = textOf(audience);
      for (const key of SECTOR_KEYS.filter((key) => key.includes('_'))) expect(text).not.toContain(key);
    }
    for (const key of SECTOR_KEYS) {
      expect(SECTOR_WORDS[key]).not.toContain('_');
      expect(parseSector(SECTOR_WORDS[key])).toBe(key);
    }
  });
});
