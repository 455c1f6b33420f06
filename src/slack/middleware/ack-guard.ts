import type { App, ReceiverEvent } from '@slack/bolt';
import type { AppLogger } from '../../logger.js';
import { type NoticeReason, noticeMessage, noticeModal, noticeText } from '../blocks/interaction-notices.js';
import { type BodyFacts, factsOf, isReadableInteraction } from './interaction-shape.js';

/** Bodies already answered by the error handler or middleware, with why: the guard's ack then says the same. */
export type AnsweredBodies = WeakMap<object, NoticeReason>;

export function markAnswered(answered: AnsweredBodies, body: unknown, reason: NoticeReason): void {
  if (typeof body === 'object' && body !== null) answered.set(body, reason);
}

type AckResponse = Parameters<ReceiverEvent['ack']>[0];

/** The ack that leaves the person a message: field error or notice modal for a form, nothing more for the rest. */
export function noticeAck(facts: BodyFacts, reason: NoticeReason): AckResponse {
  if (facts.type !== 'view_submission') return undefined;
  return facts.firstInputBlock
    ? { response_action: 'errors', errors: { [facts.firstInputBlock]: noticeText(reason) } }
    : { response_action: 'update', view: noticeModal(reason) };
}

export async function tellByResponseUrl(facts: BodyFacts, reason: NoticeReason, logger: AppLogger): Promise<void> {
  if (!facts.responseUrl?.startsWith('http')) return;
  await fetch(facts.responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...noticeMessage(reason) }),
  }).catch((error: unknown) => logger.warn({ err: String(error) }, 'could not send a notice to response_url'));
}

/**
 * Every request is acked inside Slack's 3 s, whatever it holds. Bolt throws on an interaction without `user`
 * before any middleware runs (HTTP 500), and leaves unmatched action and callback ids unacked (a 404 after 3 s);
 * so this wraps Bolt's entry point, the one place every receiver calls.
 */
export function guardAcks(app: App, deps: { logger: AppLogger; answered: AnsweredBodies }): void {
  const { logger, answered } = deps;
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent): Promise<void> => {
    let acked = false;
    const ack: ReceiverEvent['ack'] = (response) => {
      acked = true;
      return event.ack(response);
    };
    const facts = factsOf(event.body);
    if (!isReadableInteraction(event.body)) {
      logger.warn({ type: facts.type, id: facts.id }, 'unreadable interaction answered without acting on it');
      await ack(noticeAck(facts, 'unreadable'));
      await tellByResponseUrl(facts, 'unreadable', logger);
      return;
    }
    await processEvent({ ...event, ack });
    if (acked) return;
    // Nothing acked: either no listener knows this id, or a listener failed before its ack (already answered).
    const told = typeof event.body === 'object' && event.body !== null ? answered.get(event.body) : undefined;
    if (!told) logger.warn({ type: facts.type, id: facts.id }, 'no listener for this interaction; acked it');
    await ack(noticeAck(facts, told ?? 'retired'));
    if (!told && facts.kind === 'interaction') await tellByResponseUrl(facts, 'retired', logger);
  };
}
