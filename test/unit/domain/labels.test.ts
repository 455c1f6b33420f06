import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titledRef } from '../../../src/domain/labels.js';

describe('an id with its title', () => {
  it('puts the title beside the id', () => {
    expect(titledRef('M-1', '20 schools confirmed')).toBe('M-1 · 20 schools confirmed');
  });

  it('never lets a title ping or link, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const label = titledRef('T-3', title);
        expect(label.startsWith('T-3 · ')).toBe(true);
        expect(label.slice(6)).not.toMatch(/[<>]/);
      }),
    );
    expect(titledRef('T-3', '<!channel> & <https://evil.example|x>')).toBe(
      'T-3 · &lt;!channel&gt; &amp; &lt;https://evil.example|x&gt;',
    );
  });
});
