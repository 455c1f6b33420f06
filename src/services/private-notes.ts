import type { NewDelivery } from '../db/repositories/deliveries.js';
import type { Repositories } from '../db/repositories/index.js';
import type { Cycle, Delivery, DeliveryKind } from '../domain/cycles.js';
import type { Coalition } from '../domain/people.js';
import type { Answers } from '../domain/questions.js';
import type { ChannelMessageRef, DigestNotifier } from './ports.js';

const HOUR_MS = 60 * 60 * 1000;

/** Whether an answer holds text for a private question (which then goes to coordinators within the hour). */
export function hasPrivateNote(cycle: Pick<Cycle, 'questions'>, answers: Answers | null | undefined): boolean {
  return cycle.questions.some((question) => {
    const text = question.private ? answers?.[question.key] : undefined;
    return typeof text === 'string' && text.trim() !== '';
  });
}

type Outcome = { status: 'sent'; message: ChannelMessageRef } | { status: 'skipped'; reason: string };
type StepRow = (kind: DeliveryKind, personId: number | null, dueAt: Date, sequence: number) => NewDelivery;

/**
 * Private notes reach coordinators within the hour, not at close (a note that a safeguarding lead is off sick
 * should not wait days): one outbox row per coordinator per clock hour, due at the hour's end, holding the private
 * answers written or edited in that hour.
 */
export function createPrivateNoteBatches({ repos, notifier }: { repos: Repositories; notifier: DigestNotifier }) {
  function notesOf(cycle: Cycle, from: number, to: number) {
    const privateQuestions = cycle.questions.filter((question) => question.private);
    return repos.responses.listForCycle(cycle.id).flatMap((response) => {
      const person = repos.people.findById(response.personId);
      const at = response.updatedAt.getTime();
      if (!person || response.status !== 'answered' || at < from || at >= to) return [];
      return privateQuestions.flatMap((question) => {
        const text = response.answers?.[question.key];
        return typeof text === 'string' && text.trim()
          ? [{ userId: person.slackUserId, question: question.prompt, text }]
          : [];
      });
    });
  }

  return {
    /** This hour's batch rows, one per active coordinator (an existing key is left as it is). */
    plan(cycle: Cycle, now: Date, step: StepRow): NewDelivery[] {
      const hour = Math.floor(now.getTime() / HOUR_MS);
      const dueAt = new Date((hour + 1) * HOUR_MS);
      return repos.people
        .listByCoalition(cycle.coalitionId)
        .filter((person) => person.active && person.role === 'coordinator')
        .map((person) => step('private_notes', person.id, dueAt, hour));
    },

    /** The batch's DM to its coordinator, after a look in their DM when an earlier try's answer was lost. */
    async send(delivery: Delivery, cycle: Cycle, coalition: Coalition): Promise<Outcome> {
      const coordinator = delivery.personId === null ? undefined : repos.people.findById(delivery.personId);
      if (!coordinator?.active || coordinator.role !== 'coordinator')
        return { status: 'skipped', reason: 'not a coordinator' };
      const notes = notesOf(cycle, delivery.dueAt.getTime() - HOUR_MS, delivery.dueAt.getTime());
      if (notes.length === 0) return { status: 'skipped', reason: 'no notes' };
      const [found] =
        delivery.attempts > 1
          ? await notifier.findSent({ userId: coordinator.slackUserId }, 'private_notes', delivery.id)
          : [];
      if (found) return { status: 'sent', message: { channelId: found.channelId, ts: found.ts } };
      const target = { userId: coordinator.slackUserId, coalitionChannelId: coalition.channelId };
      const sent = await notifier.privateNotes(target, { cycleDate: cycle.cycleDate, notes }, delivery.id);
      return { status: 'sent', message: { channelId: sent.channelId, ts: sent.ts } };
    },
  };
}
