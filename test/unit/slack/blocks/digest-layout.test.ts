import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageProblems } from '../../../../src/simulator/limits.js';
import { DIGEST_CAPS, digestSummary } from '../../../../src/slack/blocks/digest-message.js';
import { digestFor, ordinary } from '../../../fixtures/surfaces.js';

// "Read in a minute": at ~200 words a minute, about 1,500 characters of prose; lists skim faster, so the summary
// is held to 3,000 characters and 40 lines at any size. (At 50 partners the old layout was ~10,000 and 103.)
const READABLE_CHARS = 3000;
const READABLE_LINES = 40;
// Even when every answer and title is typed at full length, each entry is clipped (the whole is in the thread).
const WORST_CASE_CHARS = 4500;

function visibleText(blocks: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      if (typeof object.text === 'string') texts.push(object.text);
      for (const value of Object.values(object)) walk(value);
    }
  };
  walk(blocks);
  return texts.join('\n');
}

describe.each([10, 50, 200])('the digest summary at %i partners', (partners) => {
  const digest = digestFor(ordinary, partners);
  const summary = digestSummary(digest);
  const text = visibleText(summary.blocks);

  it('stays inside Slack’s limits (50 blocks, 3,000 characters a section)', () => {
    expect(summary.blocks.length).toBeLessThanOrEqual(50);
    expect(messageProblems(summary.blocks)).toEqual([]);
  });

  it('reads in a minute', () => {
    expect(text.length).toBeLessThanOrEqual(READABLE_CHARS);
    expect(text.split('\n').length).toBeLessThanOrEqual(READABLE_LINES);
  });

  it('comes in order: count, blockers with buttons, wins, due and overdue, milestones', () => {
    const at = (needle: string) => text.indexOf(needle);
    const order = [`${digest.answered} of ${digest.expected}`, 'Can you help?', 'Wins', 'Tasks:', 'Milestones'].map(at);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const buttons = summary.blocks.filter(
      (block) => block.type === 'section' && block.accessory?.type === 'button',
    ).length;
    expect(buttons).toBe(Math.min(DIGEST_CAPS.blockers, digest.blockers.length));
  });

  it('shows up to five wins and counts the rest into the thread', () => {
    const shown = (text.match(/^• .*A win from|^• .*first assembly/gm) ?? []).length;
    expect(shown).toBe(Math.min(DIGEST_CAPS.wins, digest.wins.length));
    if (digest.wins.length > DIGEST_CAPS.wins)
      expect(text).toContain(`…and ${digest.wins.length - DIGEST_CAPS.wins} more in the thread`);
  });

  it('names people in words and pings nobody; progress stays in the thread', () => {
    expect(JSON.stringify(summary)).not.toMatch(/<@U/);
    expect(text).not.toContain('Progress from');
    expect(JSON.stringify(summary)).not.toContain('NEVER-IN-A-DIGEST');
  });
});

describe('the digest summary at any size', () => {
  it('always fits Slack and a minute’s reading, with long answers too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.string({ maxLength: 3000 }), (partners, typed) => {
        const words = (field: string) => (field === 'coalition' ? ordinary(field) : `${ordinary(field)} ${typed}`);
        const summary = digestSummary(digestFor(words, partners));
        expect(summary.blocks.length).toBeLessThanOrEqual(50);
        expect(messageProblems(summary.blocks)).toEqual([]);
        expect(visibleText(summary.blocks).length).toBeLessThanOrEqual(WORST_CASE_CHARS);
      }),
      { numRuns: 60 },
    );
  });
});
