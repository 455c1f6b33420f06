import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import { recordAudit } from './audit.js';

/** The kinds of id a button or form carries back to us, each belonging to exactly one coalition. */
export type IdKind = 'coalition' | 'cycle' | 'task' | 'blocker';

export interface IdRef {
  kind: IdKind;
  id: number;
}

export type AccessVerdict = { allowed: true } | { allowed: false; coalitionId: number };

type Deps = {
  repos: Pick<Repositories, 'coalitions' | 'cycles' | 'tasks' | 'blockers' | 'people' | 'auditLog'>;
  clock: Clock;
};

/**
 * The one check behind every interaction that names an id: the caller must be an active member of the coalition
 * the id belongs to. Roles (coordinator, owner) are the services' business; this only keeps coalitions apart.
 */
export function createAccessService({ repos, clock }: Deps) {
  function coalitionIdOf(ref: IdRef): number | undefined {
    switch (ref.kind) {
      case 'coalition':
        return repos.coalitions.findById(ref.id)?.id;
      case 'cycle':
        return repos.cycles.findById(ref.id)?.coalitionId;
      case 'task':
        return repos.tasks.findById(ref.id)?.coalitionId;
      case 'blocker':
        return repos.blockers.find(ref.id)?.coalitionId;
    }
  }

  return {
    /** An id that no longer exists is allowed through, so its listener can say so in its own words. */
    check(ref: IdRef, userId: string): AccessVerdict {
      const coalitionId = coalitionIdOf(ref);
      if (coalitionId === undefined) return { allowed: true };
      if (repos.people.find(coalitionId, userId)?.active) return { allowed: true };
      const coalition = repos.coalitions.findById(coalitionId);
      if (coalition)
        recordAudit(
          repos,
          { teamId: coalition.teamId, coalitionId, actorUserId: userId, now: clock.now() },
          'access.refused',
          { subject: `${ref.kind}:${ref.id}` },
        );
      return { allowed: false, coalitionId };
    },
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
