import type { Delivery } from './cycles.js';
import { isStaleReminder } from './cycles.js';
import { isQuiet, nextAllowedInstant, type QuietRules } from './quiet-hours.js';
import { REMINDER_MIN_GAP_MS } from './schedule-instants.js';

export type SendDecision =
  | { action: 'send' }
  | { action: 'defer'; until: Date; reason: string }
  | { action: 'drop'; reason: string };

export interface SendContext {
  /** The person's own timezone: quiet hours and off-days are theirs. */
  tz: string;
  /** The coalition's schedule rules now; undefined when it has none (nothing more to respect). */
  rules: QuietRules | undefined;
  /** When this person's prompt for the cycle actually went out (reminders only); null if it never did. */
  promptSentAt: Date | null;
}

/**
 * Whether a prompt or reminder may go out at `now`, decided again at send time whatever was planned: after
 * downtime, a retry or a late catch-up, nothing goes out in quiet hours or on an off-day. It waits for the
 * person's next allowed minute while their window is still open, and is dropped (with the reason) otherwise.
 */
export function decideSend(
  delivery: Pick<Delivery, 'kind' | 'dueAt' | 'expiresAt'>,
  context: SendContext,
  now: Date,
): SendDecision {
  if (delivery.kind === 'close') return { action: 'send' };
  if (now.getTime() >= delivery.expiresAt.getTime()) return { action: 'drop', reason: 'window closed' };
  if (delivery.kind === 'reminder') {
    if (!context.promptSentAt) return { action: 'drop', reason: 'prompt never sent' };
    if (isStaleReminder(delivery, now)) return { action: 'drop', reason: 'stale reminder' };
    const earliest = context.promptSentAt.getTime() + REMINDER_MIN_GAP_MS;
    if (now.getTime() < earliest)
      return deferOrDrop(new Date(earliest), delivery.expiresAt, 'too soon after the prompt');
  }
  if (context.rules && isQuiet(now, context.tz, context.rules))
    return deferOrDrop(nextAllowedInstant(now, context.tz, context.rules), delivery.expiresAt, 'quiet hours');
  return { action: 'send' };
}

function deferOrDrop(until: Date, expiresAt: Date, reason: string): SendDecision {
  if (until.getTime() >= expiresAt.getTime()) return { action: 'drop', reason: `${reason} until the close` };
  return { action: 'defer', until, reason };
}
