import { and, between, count, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import {
  blockerOffers,
  blockers,
  celebrationReactions,
  celebrations,
  cycles,
  deliveries,
  responses,
  taskEvents,
  tasks,
} from '../schema.js';

/** Bulk reads for insights and the yearly report: one query per kind of fact, whatever the coalition's size. */
export function createInsightsRepository({ db }: { db: Db }) {
  return {
    cyclesBetween(coalitionId: number, fromDate: string, toDate: string) {
      return db
        .select({ id: cycles.id, cycleDate: cycles.cycleDate, closesAt: cycles.closesAt })
        .from(cycles)
        .where(and(eq(cycles.coalitionId, coalitionId), between(cycles.cycleDate, fromDate, toDate)))
        .orderBy(cycles.cycleDate)
        .all();
    },
    /** Stored response statuses, as text: a status added later reads through unchanged. */
    responsesBetween(coalitionId: number, fromDate: string, toDate: string) {
      return db
        .select({ cycleId: responses.cycleId, personId: responses.personId, status: responses.status })
        .from(responses)
        .innerJoin(cycles, eq(cycles.id, responses.cycleId))
        .where(and(eq(cycles.coalitionId, coalitionId), between(cycles.cycleDate, fromDate, toDate)))
        .all() as Array<{ cycleId: number; personId: number; status: string }>;
    },
    /** Who was actually sent a prompt (by DM or in the channel), per cycle. */
    promptedBetween(coalitionId: number, fromDate: string, toDate: string) {
      return db
        .select({ cycleId: deliveries.cycleId, personId: deliveries.personId })
        .from(deliveries)
        .innerJoin(cycles, eq(cycles.id, deliveries.cycleId))
        .where(
          and(
            eq(cycles.coalitionId, coalitionId),
            between(cycles.cycleDate, fromDate, toDate),
            eq(deliveries.kind, 'prompt'),
            eq(deliveries.status, 'sent'),
          ),
        )
        .all()
        .flatMap((row) => (row.personId === null ? [] : [{ cycleId: row.cycleId, personId: row.personId }]));
    },
    blockers(coalitionId: number) {
      return db
        .select({
          id: blockers.id,
          personId: blockers.personId,
          responseId: blockers.responseId,
          createdAt: blockers.createdAt,
          resolvedAt: blockers.resolvedAt,
          offers: count(blockerOffers.id),
        })
        .from(blockers)
        .leftJoin(blockerOffers, eq(blockerOffers.blockerId, blockers.id))
        .where(eq(blockers.coalitionId, coalitionId))
        .groupBy(blockers.id)
        .all();
    },
    celebrations(coalitionId: number) {
      return db
        .select({
          kind: celebrations.kind,
          subjectKey: celebrations.subjectKey,
          at: celebrations.at,
          ts: celebrations.ts,
          reactions: count(celebrationReactions.id),
        })
        .from(celebrations)
        .leftJoin(celebrationReactions, eq(celebrationReactions.celebrationId, celebrations.id))
        .where(eq(celebrations.coalitionId, coalitionId))
        .groupBy(celebrations.id)
        .all();
    },
    /** Task changes without their notes: notes can hold detail that was never meant for a report. */
    taskEvents(coalitionId: number) {
      return db
        .select({
          taskId: taskEvents.taskId,
          kind: taskEvents.kind,
          fromStatus: taskEvents.fromStatus,
          toStatus: taskEvents.toStatus,
          at: taskEvents.at,
        })
        .from(taskEvents)
        .innerJoin(tasks, eq(tasks.id, taskEvents.taskId))
        .where(eq(tasks.coalitionId, coalitionId))
        .orderBy(taskEvents.at)
        .all();
    },
  };
}
