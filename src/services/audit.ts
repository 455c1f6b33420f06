import type { AuditEntry } from '../db/repositories/audit-log.js';
import type { Repositories } from '../db/repositories/index.js';

export const SYSTEM_ACTOR = 'system';

export interface AuditContext {
  teamId: string;
  coalitionId: number;
  actorUserId: string;
  now: Date;
}

export function recordAudit(
  repos: Pick<Repositories, 'auditLog'>,
  context: AuditContext,
  action: string,
  details: { subject?: string; before?: unknown; after?: unknown } = {},
): void {
  repos.auditLog.append({
    teamId: context.teamId,
    coalitionId: context.coalitionId,
    actorUserId: context.actorUserId,
    action,
    at: context.now,
    ...details,
  });
}

const REF = /^([TGM])-(\d{1,6})$/;

type Deps = { repos: Pick<Repositories, 'auditLog' | 'tasks' | 'goals'> };

export function createAuditService({ repos }: Deps) {
  /** The title behind a T-, G- or M- reference, so the log can say what each id is. */
  function titleOf(coalitionId: number, subject: string): string | undefined {
    const [, prefix, digits] = REF.exec(subject) ?? [];
    const number = Number(digits);
    if (prefix === 'T') return repos.tasks.findByNumber(coalitionId, number)?.title;
    if (prefix === 'G') return repos.goals.goalByNumber(coalitionId, number)?.title;
    if (prefix === 'M') return repos.goals.milestoneByNumber(coalitionId, number)?.title;
    return undefined;
  }

  return {
    /** The latest entries, with the titles of the tasks, goals and milestones they name. */
    recent(coalition: { teamId: string; id: number }): { entries: AuditEntry[]; titles: Record<string, string> } {
      const entries = repos.auditLog.recent(coalition.teamId, coalition.id, 40);
      const titles: Record<string, string> = {};
      for (const { subject } of entries) {
        const title = subject && titleOf(coalition.id, subject);
        if (subject && title) titles[subject] = title;
      }
      return { entries, titles };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
