import { asc, eq, sql } from 'drizzle-orm';
import type { Coalition } from '../../domain/people.js';
import type { Db } from '../client.js';
import { preparedOnFirstUse } from '../prepared.js';
import { coalitions } from '../schema.js';
import { type ChangeStamp, copyRow, keptWhileUnchanged } from '../unchanged-cache.js';

type CoalitionRow = typeof coalitions.$inferSelect;

function toCoalition(row: CoalitionRow): Coalition {
  return { ...row };
}

export function createCoalitionRepository({ db, stamp }: { db: Db; stamp: ChangeStamp }) {
  // Every command and event looks its coalition up by channel: the query is built once, not on every request.
  const ownerOfChannel = preparedOnFirstUse(() =>
    db
      .select()
      .from(coalitions)
      .where(eq(coalitions.channelId, sql.placeholder('channelId')))
      .orderBy(asc(coalitions.id))
      .limit(1)
      .prepare(),
  );
  const byId = preparedOnFirstUse(() =>
    db
      .select()
      .from(coalitions)
      .where(eq(coalitions.id, sql.placeholder('id')))
      .prepare(),
  );
  const ownerByChannel = keptWhileUnchanged(
    stamp,
    (channelId) => {
      const row = ownerOfChannel().get({ channelId });
      return row && toCoalition(row);
    },
    copyRow,
  );
  return {
    /**
     * The coalition that owns this channel: the first one bound to it. A Slack Connect channel has one id in every
     * workspace that shares it, so the team id is left out: whoever set it up first owns it, whatever team asks.
     */
    findByChannelId(channelId: string): Coalition | undefined {
      return ownerByChannel(channelId);
    },
    findById(id: number): Coalition | undefined {
      const row = byId().get({ id });
      return row && toCoalition(row);
    },
    listByTeam(teamId: string): Coalition[] {
      return db.select().from(coalitions).where(eq(coalitions.teamId, teamId)).all().map(toCoalition);
    },
    setNameOverdueOwners(id: number, on: boolean): void {
      db.update(coalitions).set({ nameOverdueOwners: on }).where(eq(coalitions.id, id)).run();
    },
    noteMissingSectors(id: number, at: Date): void {
      db.update(coalitions).set({ missingSectorsNotedAt: at }).where(eq(coalitions.id, id)).run();
    },
    setChannelWatch(id: number, on: boolean): void {
      db.update(coalitions).set({ channelWatch: on }).where(eq(coalitions.id, id)).run();
    },
    /**
     * Binds the channel unless it is bound already; then the owner comes back with `created: false`. The check and
     * the insert share one immediate transaction, so two setups racing (even from two processes) bind it once.
     */
    setConcernContact(id: number, value: string | null): void {
      db.update(coalitions).set({ concernContact: value }).where(eq(coalitions.id, id)).run();
    },
    create(
      input: Omit<Coalition, 'id' | 'channelWatch' | 'nameOverdueOwners' | 'missingSectorsNotedAt' | 'concernContact'>,
    ): {
      coalition: Coalition;
      created: boolean;
    } {
      return db.transaction(
        (tx) => {
          const owner = tx
            .select()
            .from(coalitions)
            .where(eq(coalitions.channelId, input.channelId))
            .orderBy(asc(coalitions.id))
            .limit(1)
            .get();
          if (owner) return { coalition: toCoalition(owner), created: false };
          const inserted = tx.insert(coalitions).values(input).returning().get();
          return { coalition: toCoalition(inserted), created: true };
        },
        { behavior: 'immediate' },
      );
    },
  };
}

export type CoalitionRepository = ReturnType<typeof createCoalitionRepository>;
