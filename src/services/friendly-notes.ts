import type { Repositories } from '../db/repositories/index.js';
import { DomainError } from '../domain/errors.js';
import type { Coalition } from '../domain/people.js';
import type { PrivacyService } from './privacy.js';
import type { RosterService } from './roster.js';

export const MAX_FRIENDLY_NOTE = 1000;

/**
 * A coordinator's own note to a partner who has gone quiet: written by them, sent by DM, never stored and never
 * in a channel. Only coordinators may send one, only to someone on their coalition's roster.
 */
export function createFriendlyNotes(deps: { repos: Repositories; roster: RosterService; privacy: PrivacyService }) {
  const { repos, roster, privacy } = deps;

  function target(input: { coalitionId: number; actorUserId: string; partnerUserId: string }) {
    const coalition = repos.coalitions.findById(input.coalitionId);
    if (!coalition) throw new DomainError('not_found', 'That coalition no longer exists.');
    roster.requireCoordinator(coalition, input.actorUserId, 'send friendly notes from the Home tab');
    const partner = repos.people.find(coalition.id, input.partnerUserId);
    if (!partner?.active) throw new DomainError('not_found', 'That person is no longer on the roster.');
    return { coalition, partner };
  }

  return {
    /** Who the note is for, after checking the coordinator may send it. */
    friendlyNoteTarget(input: { coalitionId: number; actorUserId: string; partnerUserId: string }) {
      const { coalition, partner } = target(input);
      return {
        coalitionId: coalition.id,
        coalitionName: coalition.name,
        partnerUserId: partner.slackUserId,
        partnerName: partner.displayName,
      };
    },

    /** Checks the note (length, and the privacy scan: no details about a particular child, even in a DM). */
    checkFriendlyNote(input: { coalitionId: number; actorUserId: string; partnerUserId: string; text: string }): {
      coalition: Coalition;
      text: string;
    } {
      const { coalition } = target(input);
      const text = input.text.trim();
      if (!text || text.length > MAX_FRIENDLY_NOTE)
        throw new DomainError('invalid_input', `Please write a short note (up to ${MAX_FRIENDLY_NOTE} characters).`);
      privacy.guard(
        { note: text },
        { teamId: coalition.teamId, coalition, userId: input.actorUserId, surface: 'friendly_note' },
      );
      return { coalition, text };
    },
  };
}
