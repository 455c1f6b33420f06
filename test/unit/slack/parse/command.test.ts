import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../../src/domain/errors.js';
import { closestSubcommand, parseCommand, SUBCOMMANDS } from '../../../../src/slack/parse/command.js';

describe('parseCommand', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['setup', { kind: 'setup' }],
    ['setup Northside Safety Coalition', { kind: 'setup', name: 'Northside Safety Coalition' }],
    [
      'partner <@U123|sam> org:"St Mary\'s Primary" sector:education',
      { kind: 'partner', userId: 'U123', organisation: "St Mary's Primary", sector: 'education' },
    ],
    ['partner <@U9> org:NHS sector:nhs', { kind: 'partner', userId: 'U9', organisation: 'NHS', sector: 'health' }],
    ['role <@U9|x> Coordinator', { kind: 'role', userId: 'U9', role: 'coordinator' }],
    ['role <@U9> observer', { kind: 'role', userId: 'U9', role: 'observer' }],
    ['profile', { kind: 'profile' }],
    ['partners', { kind: 'partners' }],
  ])('reads %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each([
    ['unknown subcommand', 'launch rockets', /don’t know the command/, /coalition help/],
    ['partner with no mention', 'partner org:"X" sector:health', /Mention the person/, /Usage: `\/coalition partner/],
    ['partner with an unknown sector', 'partner <@U1> org:"X" sector:astronauts', /Give a sector/, /Example/],
    ['partner with no organisation', 'partner <@U1> sector:health', /org:"Name"/, /Usage/],
    ['role with a made-up role', 'role <@U1> boss', /coordinator, partner or observer/, /Usage: `\/coalition role/],
    ['setup with an over-long name', `setup ${'x'.repeat(120)}`, /under 80 characters/, /Usage/],
  ])('answers a %s with the right usage', (_name, text, message, hint) => {
    try {
      parseCommand(text);
      expect.unreachable('parseCommand should have thrown');
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      const domainError = error as { message: string; hint?: string };
      expect(domainError.message).toMatch(message);
      expect(domainError.hint).toMatch(hint);
    }
  });

  it('never throws anything but a DomainError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        try {
          parseCommand(text);
        } catch (error) {
          if (!isDomainError(error)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['taks', 'tasks'],
    ['sheduel', 'schedule'],
    ['parnters', 'partners'],
    ['CHEKIN', 'checkin'],
    ['mydta', 'mydata'],
    ['asign', 'assign'],
  ])('asks “did you mean” for the near miss %s', (typed, meant) => {
    expect(() => parseCommand(`${typed} something`)).toThrow(new RegExp(`Did you mean \`${meant}\``));
  });

  it('guesses nothing for words far from every subcommand, and always guesses a real one', () => {
    expect(closestSubcommand('launch')).toBeUndefined();
    expect(closestSubcommand('xy')).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (word) => {
        const guess = closestSubcommand(word);
        if (guess !== undefined) expect(Object.keys(SUBCOMMANDS)).toContain(guess);
      }),
    );
    // Every subcommand with one letter dropped still finds its way home (or to an equally close sibling).
    for (const kind of Object.keys(SUBCOMMANDS).filter((name) => name.length >= 5)) {
      const slip = kind.slice(0, 2) + kind.slice(3);
      expect(closestSubcommand(slip), slip).toBeDefined();
    }
  });
});
