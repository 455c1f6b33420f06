import type { Repositories } from '../../db/repositories/index.js';
import { type Cycle, isLate } from '../../domain/cycles.js';
import { DomainError } from '../../domain/errors.js';
import type { Coalition, Person } from '../../domain/people.js';
import type { CheckinNotifier } from '../ports.js';
import { isCheckinParticipant } from './eligibility.js';

/**
 * What the check-in service looks up before it acts on an answer, a skip or an away: who is answering, for which
 * cycle, whether it is late, and the prompt to mark once it is done.
 */
export function createCheckinLookups({ repos, notifier }: { repos: Repositories; notifier: CheckinNotifier }) {
  /** The person's newest open blocker from an earlier cycle, with what they wrote. */
  function earlierBlocker(coalition: Coalition, cycle: Cycle, person: Person): { id: number; text: string } | null {
    const mine = repos.blockers.open(coalition.id).filter((blocker) => blocker.personId === person.id);
    for (const blocker of mine.reverse()) {
      const response = repos.responses.findById(blocker.responseId);
      const text = response?.answers?.blockers;
      if (response && response.cycleId !== cycle.id && typeof text === 'string' && text.trim())
        return { id: blocker.id, text: text.trim() };
    }
    return null;
  }

  function participant(coalition: Coalition, userId: string): Person {
    const person = repos.people.find(coalition.id, userId);
    if (person && isCheckinParticipant(person)) return person;
    throw new DomainError(
      'forbidden',
      'Check-ins are for the coalition’s partners and coordinators.',
      'If you should be one, ask a coordinator to add you with `/coalition partner`.',
    );
  }

  /** The check-in open for this person: the cycle whose prompt last reached them, else the coalition's current. */
  function openCycleFor(coalition: Coalition, person: Person, now: Date): Cycle | undefined {
    const prompted = repos.deliveries.latestPromptedCycleId(person.id);
    return (
      (prompted === undefined ? undefined : repos.cycles.findById(prompted)) ?? repos.cycles.current(coalition.id, now)
    );
  }

  /** Late once the cycle has closed, or once a newer check-in has reached this person (the older closes for them). */
  function isLateFor(cycle: Cycle, person: Person, now: Date): boolean {
    if (isLate(cycle, now)) return true;
    const prompted = repos.deliveries.latestPromptedCycleId(person.id);
    const newest = prompted === undefined || prompted === cycle.id ? undefined : repos.cycles.findById(prompted);
    return newest !== undefined && newest.cycleDate > cycle.cycleDate;
  }

  function cycleAndPerson(cycleId: number, userId: string) {
    const cycle = repos.cycles.findById(cycleId);
    const coalition = cycle && repos.coalitions.findById(cycle.coalitionId);
    if (!cycle || !coalition) throw new DomainError('not_found', 'That check-in no longer exists.');
    return { cycle, coalition, person: participant(coalition, userId) };
  }

  function updatePrompt(
    cycle: Cycle,
    coalition: Coalition,
    person: Person,
    status: 'answered' | 'skipped' | 'away',
    late: boolean,
  ) {
    const prompt = repos.deliveries.findPrompt(cycle.id, person.id);
    return async () => {
      if (!prompt?.channelId || !prompt.messageTs || prompt.path !== 'dm') return;
      await notifier.markPromptAnswered(
        { channelId: prompt.channelId, ts: prompt.messageTs },
        { cycleId: cycle.id, coalitionName: coalition.name, cycleDate: cycle.cycleDate, status, late },
      );
    };
  }

  return { earlierBlocker, participant, openCycleFor, isLateFor, cycleAndPerson, updatePrompt };
}
