import { Writable } from 'node:stream';
import type { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger, toBoltLogger } from '../../src/logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it.each([
    ['a top-level token', { token: 'xoxb-111-secret' }],
    ['a nested token', { request: { token: 'xoxb-222-secret' } }],
    ['free text', { text: 'progress secret words' }],
    ['nested free text', { payload: { text: 'secret words' } }],
    ['check-in answers', { answers: { win: 'secret words' } }],
    ['a private note', { note: 'secret words' }],
    ['modal state', { view: { state: { values: { a: 'secret words' } } } }],
  ])('redacts %s', (_name, fields) => {
    const { lines, stream } = capture();
    createLogger('info', stream).info(fields, 'something happened');
    expect(lines.join('')).not.toMatch(/secret/);
    expect(lines.join('')).toContain('something happened');
  });

  it('scrubs tokens from message strings, including those Bolt and web-api log', () => {
    const { lines, stream } = capture();
    const bolt = toBoltLogger(createLogger('debug', stream));
    bolt.info('calling with xoxb-123-abc and xapp-1-A0-xyz');
    expect(lines.join('')).not.toMatch(/xoxb-123|xapp-1-A0/);
  });

  it('keeps the level Bolt is given', () => {
    const { lines, stream } = capture();
    const bolt = toBoltLogger(createLogger('info', stream));
    bolt.debug('hidden');
    bolt.warn('shown');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('shown');
  });

  it('takes and reports the level Bolt sets, and falls back to info for one it does not name', () => {
    const { lines, stream } = capture();
    const bolt = toBoltLogger(createLogger('info', stream));
    expect(bolt.getLevel()).toBe('info');
    bolt.setLevel('debug' as LogLevel);
    expect(bolt.getLevel()).toBe('debug');
    bolt.debug('now shown');
    expect(lines.join('')).toContain('now shown');
    bolt.setLevel('loud' as LogLevel);
    expect(bolt.getLevel()).toBe('info');
  });
});
