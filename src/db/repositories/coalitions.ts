import { and, eq, sql } from 'drizzle-orm';
import type { Coalition } from '../../domain/people.js';
import type { Db } from '../client.js';
import { coalitions } from '../schema.js';

type CoalitionRow = typeof coalitions.$inferSelect;

function toCoalition(row: CoalitionRow): Coalition {
  return { ...row };
}

export function createCoalitionRepository({ db }: { db: Db }) {
  // Every command and event looks its coalition up by channel: prepared once, not rebuilt and re-prepared each time.
  const byTeamAndChannel = db
    .select()
    .from(coalitions)
    .where(
      and(eq(coalitions.teamId, sql.placeholder('teamId')), eq(coalitions.channelId, sql.placeholder('channelId'))),
    )
    .prepare();
  const byChannel = db
    .select()
    .from(coalitions)
    .where(eq(coalitions.channelId, sql.placeholder('channelId')))
    .prepare();
  const byId = db
    .select()
    .from(coalitions)
    .where(eq(coalitions.id, sql.placeholder('id')))
    .prepare();
  return {
    findByChannel(teamId: string, channelId: string): Coalition | undefined {
      const row = byTeamAndChannel.get({ teamId, channelId });
      return row && toCoalition(row);
    },
    /** Slack Connect events name the channel but may carry another team's id, so look up by channel alone too. */
    findByChannelId(channelId: string): Coalition | undefined {
      const row = byChannel.get({ channelId });
      return row && toCoalition(row);
    },
    findById(id: number): Coalition | undefined {
      const row = byId.get({ id });
      return row && toCoalition(row);
    },
    listByTeam(teamId: string): Coalition[] {
      return db.select().from(coalitions).where(eq(coalitions.teamId, teamId)).all().map(toCoalition);
    },
    /** Returns the existing coalition when the channel is already bound, so setup can run twice. */
    setNameOverdueOwners(id: number, on: boolean): void {
      db.update(coalitions).set({ nameOverdueOwners: on }).where(eq(coalitions.id, id)).run();
    },
    noteMissingSectors(id: number, at: Date): void {
      db.update(coalitions).set({ missingSectorsNotedAt: at }).where(eq(coalitions.id, id)).run();
    },
    setChannelWatch(id: number, on: boolean): void {
      db.update(coalitions).set({ channelWatch: on }).where(eq(coalitions.id, id)).run();
    },
    create(input: Omit<Coalition, 'id' | 'channelWatch' | 'nameOverdueOwners' | 'missingSectorsNotedAt'>): {
      coalition: Coalition;
      created: boolean;
    } {
      const inserted = db.insert(coalitions).values(input).onConflictDoNothing().returning().get();
      if (inserted) return { coalition: toCoalition(inserted), created: true };
      const existing = this.findByChannel(input.teamId, input.channelId);
      if (!existing) throw new Error('coalition insert conflicted but no row was found');
      return { coalition: existing, created: false };
    },
  };
}

export type CoalitionRepository = ReturnType<typeof createCoalitionRepository>;
