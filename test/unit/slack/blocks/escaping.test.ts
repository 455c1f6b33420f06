import { describe, expect, it } from 'vitest';
import { messageProblems, viewProblems } from '../../../../src/simulator/limits.js';
import { escapeMrkdwn, plainTextSafe, safeFileName } from '../../../../src/slack/blocks/escape.js';
import { ordinary, surfaces, type Words } from '../../../fixtures/surfaces.js';

// What people might type that Slack would otherwise read as a ping, a mention, a channel link, a link in disguise,
// or an entity; and emphasis, which is allowed as typed (it cannot reach anyone).
const HOSTILE = [
  ['channel ping', '<!channel>'],
  ['here ping', '<!here>'],
  ['user mention', '<@UEVIL1>'],
  ['channel link', '<#CEVIL1>'],
  ['disguised link', '<https://evil.example|this>'],
  ['ampersand', 'Tom & Jerry'],
  ['emphasis', '*bold*'],
] as const;
const LIVE = ['<!channel>', '<!here>', '<@UEVIL1>', '<#CEVIL1>', '<https://evil.example'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** Every text Slack reads as mrkdwn (and the notification `text`), and every plain_text, in one surface. */
function texts(surface: unknown): { mrkdwn: string[]; plain: string[] } {
  const found = { mrkdwn: [] as string[], plain: [] as string[] };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.text === 'string') {
      if (node.type === 'plain_text') found.plain.push(node.text);
      else found.mrkdwn.push(node.text); // mrkdwn objects, and a message's own `text`
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'text' || typeof value !== 'string') walk(value);
  };
  walk(surface);
  return found;
}

// These carry no text from people (only ids and our own words), so there is nothing of theirs to find.
const NO_PEOPLES_TEXT = new Set(['helpOffered']);
const names = Object.keys(surfaces(ordinary)).filter((name) => !NO_PEOPLES_TEXT.has(name));

describe('people’s text is escaped by every builder that takes it', () => {
  describe.each(HOSTILE)('%s: %s', (_label, hostile) => {
    const words: Words = (field) => `${ordinary(field)} ${hostile}`;
    const rendered = surfaces(words);

    it.each(names)('%s', (name) => {
      const surface = rendered[name];
      const { mrkdwn, plain } = texts(surface);
      const all = [...mrkdwn, ...plain].join('\n');
      for (const text of mrkdwn) for (const live of LIVE) expect(text).not.toContain(live);
      // Plain text is shown literally by Slack: it must read as typed, never as entities.
      for (const text of plain) expect(text).not.toMatch(/&(amp|lt|gt);/);
      if (hostile === 'Tom & Jerry') {
        for (const text of mrkdwn) expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
        expect(all).toMatch(/Tom (&amp;|&) Jerry/);
      } else if (hostile === '*bold*') {
        expect(all).toContain('*bold*');
      } else {
        // The words did arrive, harmless: escaped in mrkdwn, or literal in plain text.
        expect(all.includes(escapeMrkdwn(hostile)) || plain.some((text) => text.includes(hostile))).toBe(true);
      }
    });
  });

  it.each(names)('%s: no message’s notification text carries a live <! from people’s text', (name) => {
    const words: Words = (field) => `${ordinary(field)} <!channel> <!here> <!subteam^S1|@team> <!date^1^{date}|x>`;
    const surface = surfaces(words)[name] as { text?: unknown };
    if (typeof surface.text !== 'string') return; // views have no notification text
    // Our own <!date^…> tokens are the only `<!` allowed, and people's text never makes one.
    expect(surface.text.replace(/<!date\^\d+\^[^|>]*\|[^>]*>/g, '')).not.toContain('<!');
    expect(surface.text).not.toContain('<!date^1^');
  });

  it('every surface stays inside Slack’s limits', () => {
    for (const [name, surface] of Object.entries(surfaces(ordinary))) {
      const problems = 'type' in surface ? viewProblems(surface) : messageProblems(surface.blocks);
      expect({ name, problems }).toEqual({ name, problems: [] });
    }
  });
});

describe('the escaping functions', () => {
  it.each([
    ['<!channel> hi', '&lt;!channel&gt; hi'],
    ['<@U123|sam>', '&lt;@U123|sam&gt;'],
    ['a & b < c > d', 'a &amp; b &lt; c &gt; d'],
    ['&lt; already', '&amp;lt; already'],
    ['*bold* _it_ ~s~ `code`', '*bold* _it_ ~s~ `code`'],
  ])('escapeMrkdwn(%j) = %j', (input, output) => {
    expect(escapeMrkdwn(input)).toBe(output);
  });

  it.each([
    ['line one\nline two', 'line one line two'],
    ['<!channel> & co', '<!channel> & co'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['  spaced   out  ', 'spaced out'],
  ])('plainTextSafe(%j) = %j', (input, output) => {
    expect(plainTextSafe(input)).toBe(output);
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['.hidden', 'hidden'],
    ['my <!channel> data?.json', 'my -!channel- data-.json'],
    ['', 'file'],
  ])('safeFileName(%j) = %j', (input, output) => {
    expect(safeFileName(input)).toBe(output);
  });
});
