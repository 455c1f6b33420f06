import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import type { Coalition } from '../domain/people.js';
import type { MessageOutbox } from './message-outbox.js';
import type { PrivacyService } from './privacy.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  roster: RosterService;
  privacy: PrivacyService;
  outbox: Pick<MessageOutbox, 'plan' | 'sendNow'>;
  clock: Clock;
}

export function createKudosService({ repos, roster, privacy, outbox, clock }: Deps) {
  function planCelebration(
    coalition: Coalition,
    celebrationId: number,
    now: Date,
    extra: { body: string; refs?: Record<string, number> },
  ): number | undefined {
    return outbox.plan({
      teamId: coalition.teamId,
      coalitionId: coalition.id,
      kind: 'celebration',
      dedupeKey: `celebration:${celebrationId}`,
      refs: { celebrationId, ...extra.refs },
      body: extra.body,
      dueAt: now,
    });
  }

  return {
    /** A public thank-you naming the person, their organisation and what they bring; true once it is posted. */
    async give(coalition: Coalition, fromUserId: string, toUserId: string, reason: string): Promise<boolean> {
      const clean = reason.replace(/^for\s+/i, '').trim();
      if (clean.length < 3 || clean.length > 300)
        throw new DomainError(
          'usage',
          'Say what you are thanking them for, in a few words.',
          'Example: `/coalition kudos @sam for leading the school assemblies`',
        );
      if (toUserId === fromUserId)
        throw new DomainError('usage', 'Kudos are for thanking someone else. You deserve thanks too: ask a colleague!');
      privacy.guard({ reason: clean }, { teamId: coalition.teamId, coalition, userId: fromUserId, surface: 'kudos' });
      const person = repos.people.find(coalition.id, toUserId);
      if (!person?.active) throw new DomainError('not_found', `<@${toUserId}> is not on this coalition’s roster.`);
      const now = clock.now();
      const rowId = repos.transaction(() => {
        const id = repos.celebrations.claim({
          teamId: coalition.teamId,
          coalitionId: coalition.id,
          kind: 'kudos',
          subjectKey: `kudos:${randomUUID()}`,
          channelId: coalition.channelId,
          recipientPersonId: person.id,
          fromUserId,
          at: now,
        });
        // The reason is kept on the outbox row only until it is posted (it has passed the privacy scan).
        return id === undefined ? undefined : planCelebration(coalition, id, now, { body: clean });
      });
      return outbox.sendNow([rowId], now);
    },

    /** Per-person counts for coordinators, alphabetical: a thank-you record, never a ranking. */
    counts(coalition: Coalition, actorUserId: string): Array<{ name: string; userId: string; count: number }> {
      roster.requireCoordinator(coalition, actorUserId, 'see kudos counts');
      const counts = new Map(repos.celebrations.kudosCounts(coalition.id).map((row) => [row.personId, row.count]));
      return repos.people
        .listByCoalition(coalition.id)
        .filter((person) => counts.has(person.id))
        .map((person) => ({ name: person.displayName, userId: person.slackUserId, count: counts.get(person.id) ?? 0 }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    /** The author ticked "share this": their (already privacy-checked) win is celebrated in the channel, once. */
    async shareWin(input: { coalition: Coalition; responseId: number; personId: number; text: string }): Promise<void> {
      const { coalition } = input;
      const now = clock.now();
      const rowId = repos.transaction(() => {
        const id = repos.celebrations.claim({
          teamId: coalition.teamId,
          coalitionId: coalition.id,
          kind: 'win',
          subjectKey: `win:${input.responseId}`,
          channelId: coalition.channelId,
          at: now,
        });
        return id === undefined
          ? undefined
          : planCelebration(coalition, id, now, { body: input.text, refs: { personId: input.personId } });
      });
      await outbox.sendNow([rowId], now);
    },

    /** reaction_added / reaction_removed on our celebration messages: who celebrated, counted for the digest. */
    reaction(input: { channelId: string; ts: string; userId: string; reaction: string; added: boolean }): void {
      const celebration = repos.celebrations.findByMessage(input.channelId, input.ts);
      if (!celebration) return;
      if (input.added) repos.celebrations.addReaction(celebration.id, input.userId, input.reaction, clock.now());
      else repos.celebrations.removeReaction(celebration.id, input.userId, input.reaction);
    },
  };
}

export type KudosService = ReturnType<typeof createKudosService>;
