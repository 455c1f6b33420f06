import { and, count, countDistinct, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../client.js';
import { blockerOffers, blockers, celebrationReactions, celebrations, digestReplies, digests } from '../schema.js';

export type CelebrationKind = 'milestone' | 'kudos' | 'win';

export function createCelebrationRepository({ db }: { db: Db }) {
  return {
    /** Claims the celebration for this subject; undefined when it was already claimed (so it is posted once). */
    claim(input: {
      teamId: string;
      coalitionId: number;
      kind: CelebrationKind;
      subjectKey: string;
      channelId: string;
      recipientPersonId?: number | null;
      fromUserId?: string | null;
      at: Date;
    }): number | undefined {
      const row = db
        .insert(celebrations)
        .values({ ...input, recipientPersonId: input.recipientPersonId ?? null, fromUserId: input.fromUserId ?? null })
        .onConflictDoNothing()
        .returning({ id: celebrations.id })
        .get();
      return row?.id;
    },
    findById(id: number) {
      return db.select().from(celebrations).where(eq(celebrations.id, id)).get();
    },
    setMessage(id: number, ts: string | null): void {
      db.update(celebrations).set({ ts }).where(eq(celebrations.id, id)).run();
    },
    findByMessage(channelId: string, ts: string): { id: number } | undefined {
      return db
        .select({ id: celebrations.id })
        .from(celebrations)
        .where(and(eq(celebrations.channelId, channelId), eq(celebrations.ts, ts)))
        .get();
    },
    addReaction(celebrationId: number, userId: string, reaction: string, at: Date): void {
      db.insert(celebrationReactions).values({ celebrationId, userId, reaction, at }).onConflictDoNothing().run();
    },
    removeReaction(celebrationId: number, userId: string, reaction: string): void {
      db.delete(celebrationReactions)
        .where(
          and(
            eq(celebrationReactions.celebrationId, celebrationId),
            eq(celebrationReactions.userId, userId),
            eq(celebrationReactions.reaction, reaction),
          ),
        )
        .run();
    },
    /** How many different people reacted to the coalition's celebrations posted after `since`. */
    peopleCelebratedSince(coalitionId: number, since: Date): number {
      const row = db
        .select({ value: countDistinct(celebrationReactions.userId) })
        .from(celebrationReactions)
        .innerJoin(celebrations, eq(celebrations.id, celebrationReactions.celebrationId))
        .where(and(eq(celebrations.coalitionId, coalitionId), gt(celebrations.at, since)))
        .get();
      return row?.value ?? 0;
    },
    kudosCounts(coalitionId: number): Array<{ personId: number; count: number }> {
      return db
        .select({ personId: celebrations.recipientPersonId, count: count() })
        .from(celebrations)
        .where(and(eq(celebrations.coalitionId, coalitionId), eq(celebrations.kind, 'kudos')))
        .groupBy(celebrations.recipientPersonId)
        .all()
        .flatMap((row) => (row.personId === null ? [] : [{ personId: row.personId, count: row.count }]));
    },
  };
}

export function createDigestRepository({ db }: { db: Db }) {
  return {
    /** One digest per cycle: only the first caller gets an id back and posts it. */
    claim(input: {
      teamId: string;
      coalitionId: number;
      cycleId: number;
      channelId: string;
      postedAt: Date;
    }): number | undefined {
      return db.insert(digests).values(input).onConflictDoNothing().returning({ id: digests.id }).get()?.id;
    },
    release(id: number): void {
      db.delete(digests).where(eq(digests.id, id)).run();
    },
    setTs(id: number, ts: string | null): void {
      db.update(digests).set({ ts }).where(eq(digests.id, id)).run();
    },
    forCycle(cycleId: number): { id: number; channelId: string; ts: string | null; postedAt: Date } | undefined {
      return db
        .select({ id: digests.id, channelId: digests.channelId, ts: digests.ts, postedAt: digests.postedAt })
        .from(digests)
        .where(eq(digests.cycleId, cycleId))
        .get();
    },
    lastPostedBefore(coalitionId: number, cycleId: number): Date | undefined {
      const rows = db
        .select({ postedAt: digests.postedAt, cycleId: digests.cycleId })
        .from(digests)
        .where(eq(digests.coalitionId, coalitionId))
        .all();
      return rows
        .filter((row) => row.cycleId !== cycleId)
        .sort((a, b) => b.postedAt.getTime() - a.postedAt.getTime())[0]?.postedAt;
    },
    claimReply(digestId: number, personId: number): boolean {
      return db.insert(digestReplies).values({ digestId, personId }).onConflictDoNothing().run().changes === 1;
    },
  };
}

export function createBlockerRepository({ db }: { db: Db }) {
  return {
    ensure(input: { teamId: string; coalitionId: number; responseId: number; personId: number; at: Date }): number {
      db.insert(blockers)
        .values({
          teamId: input.teamId,
          coalitionId: input.coalitionId,
          responseId: input.responseId,
          personId: input.personId,
          createdAt: input.at,
        })
        .onConflictDoNothing()
        .run();
      const row = db.select({ id: blockers.id }).from(blockers).where(eq(blockers.responseId, input.responseId)).get();
      if (!row) throw new Error('blocker insert failed');
      return row.id;
    },
    open(coalitionId: number): Array<{ id: number; responseId: number; personId: number }> {
      return db
        .select({ id: blockers.id, responseId: blockers.responseId, personId: blockers.personId })
        .from(blockers)
        .where(and(eq(blockers.coalitionId, coalitionId), isNull(blockers.resolvedAt)))
        .all();
    },
    find(
      id: number,
    ): { id: number; coalitionId: number; personId: number; responseId: number; resolvedAt: Date | null } | undefined {
      return db
        .select({
          id: blockers.id,
          coalitionId: blockers.coalitionId,
          personId: blockers.personId,
          responseId: blockers.responseId,
          resolvedAt: blockers.resolvedAt,
        })
        .from(blockers)
        .where(eq(blockers.id, id))
        .get();
    },
    offer(blockerId: number, helperUserId: string, at: Date): boolean {
      return db.insert(blockerOffers).values({ blockerId, helperUserId, at }).onConflictDoNothing().run().changes === 1;
    },
    offers(blockerId: number): string[] {
      return db
        .select({ helperUserId: blockerOffers.helperUserId })
        .from(blockerOffers)
        .where(eq(blockerOffers.blockerId, blockerId))
        .all()
        .map((row) => row.helperUserId);
    },
    resolve(id: number, at: Date): void {
      db.update(blockers).set({ resolvedAt: at }).where(eq(blockers.id, id)).run();
    },
    resolveAllFor(personId: number, at: Date): void {
      db.update(blockers)
        .set({ resolvedAt: at })
        .where(and(eq(blockers.personId, personId), isNull(blockers.resolvedAt)))
        .run();
    },
  };
}
