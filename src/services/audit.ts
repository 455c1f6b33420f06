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

export function createAuditService({ repos }: { repos: Pick<Repositories, 'auditLog'> }) {
  return {
    recent: (coalition: { teamId: string; id: number }) => repos.auditLog.recent(coalition.teamId, coalition.id, 40),
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
