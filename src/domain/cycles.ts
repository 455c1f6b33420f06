import type { Answers, Question } from './questions.js';

export interface Cycle {
  id: number;
  teamId: string;
  coalitionId: number;
  cycleDate: string;
  questions: Question[];
  opensAt: Date;
  closesAt: Date;
  status: 'open' | 'closed';
  closedAt: Date | null;
}

export type DeliveryKind = 'prompt' | 'reminder' | 'close' | DigestStepKind | 'private_notes';
/** The parts of a digest, each its own outbox row, so a crash or a failure resumes where it stopped. */
export type DigestStepKind = 'digest_summary' | 'digest_reply' | 'digest_blockers';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'skipped' | 'dropped' | 'failed';
export type DeliveryPath = 'dm' | 'channel_ephemeral';

export interface Delivery {
  id: number;
  teamId: string;
  cycleId: number;
  personId: number | null;
  kind: DeliveryKind;
  dedupeKey: string;
  dueAt: Date;
  expiresAt: Date;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  claimedUntil: Date | null;
  path: DeliveryPath | null;
  channelId: string | null;
  messageTs: string | null;
  outcome: string | null;
  doneAt: Date | null;
}

export type ResponseStatus = 'answered' | 'skipped' | 'away';

export interface CheckinResponse {
  id: number;
  teamId: string;
  cycleId: number;
  personId: number;
  status: ResponseStatus;
  answers: Answers | null;
  late: boolean;
  shareWin: boolean;
  submittedAt: Date;
  updatedAt: Date;
}

export interface AwayPeriod {
  personId: number;
  fromDate: string;
  toDate: string;
}

export function deliveryKey(cycleId: number, personId: number | null, kind: DeliveryKind, sequence = 0): string {
  return `${cycleId}:${personId ?? 'cycle'}:${kind}:${sequence}`;
}

/** An answer is late once the cycle has closed; before that it can still be edited. */
export function isLate(cycle: Pick<Cycle, 'status' | 'closesAt'>, now: Date): boolean {
  return cycle.status === 'closed' || now.getTime() >= cycle.closesAt.getTime();
}

export function isAwayOn(periods: readonly AwayPeriod[], date: string): boolean {
  return periods.some((period) => period.fromDate <= date && date <= period.toDate);
}

// Transient failures retry with backoff: 1, 2, 4 … minutes, capped at 30, for about a day in all.
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_CAP_MS = 30 * 60_000;
export const MAX_DELIVERY_ATTEMPTS = 12;

export function nextAttemptAfter(attempts: number, now: Date): Date {
  const delay = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);
  return new Date(now.getTime() + delay);
}

/** A first failure is tried again at once (after a look in Slack); one that keeps failing waits, with backoff. */
export function retryAt(attempts: number, now: Date): Date {
  return attempts === 1 ? now : nextAttemptAfter(attempts, now);
}

/**
 * How long a send holds its outbox row: longer than any single send (web-api's own 429 waits included). After it a
 * crashed send is retried, and the retry first looks in Slack's history, so the message is not sent twice.
 */
export const SEND_CLAIM_MS = 5 * 60_000;

/** A reminder that has waited too long (downtime) would arrive out of place; it is dropped instead. */
export const REMINDER_STALE_AFTER_MS = 60 * 60_000;

export function isStaleReminder(delivery: Pick<Delivery, 'kind' | 'dueAt'>, now: Date): boolean {
  return delivery.kind === 'reminder' && now.getTime() - delivery.dueAt.getTime() > REMINDER_STALE_AFTER_MS;
}

/** Parses `2026-12-24..2027-01-02` (or one date) into an inclusive range; undefined when it is not that shape. */
export function parseDateRange(text: string): { fromDate: string; toDate: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:\.\.|–|—|to)\s*(\d{4}-\d{2}-\d{2}))?$/.exec(text.trim());
  if (!match?.[1]) return undefined;
  const fromDate = match[1];
  const toDate = match[2] ?? fromDate;
  if (!isRealDate(fromDate) || !isRealDate(toDate) || toDate < fromDate) return undefined;
  return { fromDate, toDate };
}

function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
