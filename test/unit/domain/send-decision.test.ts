import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../../src/domain/schedule.js';
import { decideSend } from '../../../src/domain/send-decision.js';

const rules = { quietHours: DEFAULT_SCHEDULE.quietHours, allowWeekends: false };
const at = (iso: string) => new Date(iso);
const prompt = (dueAt: string, expiresAt: string) => ({
  kind: 'prompt' as const,
  dueAt: at(dueAt),
  expiresAt: at(expiresAt),
});
const reminder = (dueAt: string, expiresAt: string) => ({
  kind: 'reminder' as const,
  dueAt: at(dueAt),
  expiresAt: at(expiresAt),
});

describe('deciding at send time', () => {
  it('sends a prompt on time in working hours', () => {
    expect(
      decideSend(
        prompt('2026-11-25T13:18:00Z', '2026-11-26T13:18:00Z'),
        { tz: 'Europe/London', rules, promptSentAt: null },
        at('2026-11-25T13:18:00Z'),
      ),
    ).toEqual({ action: 'send' });
  });

  it('holds a late prompt that comes due at 02:18 in Auckland until 08:00 there, while its window is open', () => {
    const decision = decideSend(
      prompt('2026-11-25T12:00:00Z', '2026-11-27T00:00:00Z'),
      { tz: 'Pacific/Auckland', rules, promptSentAt: null },
      at('2026-11-25T13:18:00Z'),
    );
    // 08:00 on Thursday 26 November in Auckland (UTC+13) is 19:00 UTC on the 25th.
    expect(decision).toEqual({ action: 'defer', until: at('2026-11-25T19:00:00Z'), reason: 'quiet hours' });
  });

  it('drops it, saying why, when quiet hours last until the window closes', () => {
    expect(
      decideSend(
        prompt('2026-11-25T12:00:00Z', '2026-11-25T16:00:00Z'),
        { tz: 'Pacific/Auckland', rules, promptSentAt: null },
        at('2026-11-25T13:18:00Z'),
      ),
    ).toEqual({ action: 'drop', reason: 'quiet hours until the close' });
  });

  it('holds a Saturday catch-up until Monday 08:00', () => {
    const decision = decideSend(
      prompt('2026-11-27T09:00:00Z', '2026-12-01T09:00:00Z'),
      { tz: 'Europe/London', rules, promptSentAt: null },
      at('2026-11-28T10:00:00Z'),
    );
    expect(decision).toEqual({ action: 'defer', until: at('2026-11-30T08:00:00Z'), reason: 'quiet hours' });
  });

  it('drops anything after its window', () => {
    expect(
      decideSend(
        prompt('2026-11-25T09:00:00Z', '2026-11-26T09:00:00Z'),
        { tz: 'Europe/London', rules, promptSentAt: null },
        at('2026-11-26T09:00:00Z'),
      ),
    ).toEqual({ action: 'drop', reason: 'window closed' });
  });

  it('drops a reminder whose prompt never went, or that waited over an hour', () => {
    const due = reminder('2026-11-26T09:00:00Z', '2026-11-27T09:00:00Z');
    expect(decideSend(due, { tz: 'Europe/London', rules, promptSentAt: null }, at('2026-11-26T09:00:00Z'))).toEqual({
      action: 'drop',
      reason: 'prompt never sent',
    });
    expect(
      decideSend(
        due,
        { tz: 'Europe/London', rules, promptSentAt: at('2026-11-25T09:00:00Z') },
        at('2026-11-26T10:01:00Z'),
      ),
    ).toEqual({ action: 'drop', reason: 'stale reminder' });
  });

  it('never sends a reminder within two hours of its prompt', () => {
    const due = reminder('2026-11-26T09:00:00Z', '2026-11-27T09:00:00Z');
    expect(
      decideSend(
        due,
        { tz: 'Europe/London', rules, promptSentAt: at('2026-11-26T08:30:00Z') },
        at('2026-11-26T09:00:00Z'),
      ),
    ).toEqual({ action: 'defer', until: at('2026-11-26T10:30:00Z'), reason: 'too soon after the prompt' });
  });

  it('always runs a close', () => {
    expect(
      decideSend(
        { kind: 'close', dueAt: at('2026-11-26T09:00:00Z'), expiresAt: at('9999-12-31T00:00:00Z') },
        { tz: 'UTC', rules, promptSentAt: null },
        at('2026-11-28T03:00:00Z'),
      ),
    ).toEqual({ action: 'send' });
  });
});
