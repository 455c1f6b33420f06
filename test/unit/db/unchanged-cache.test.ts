import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, writesOn } from '../../../src/db/client.js';
import { createRepositories } from '../../../src/db/repositories/index.js';
import { changeStamp, keptWhileUnchanged, OTHERS_SEEN_WITHIN_MS } from '../../../src/db/unchanged-cache.js';
import { addPartner, seedCoalition } from '../../helpers/test-db.js';

const now = new Date('2026-11-24T10:00:00Z');
const folders: string[] = [];

/** Two connections to one file, as two instances (or an instance and the backup job) would have. */
function twoConnections() {
  const folder = mkdtempSync(join(tmpdir(), 'unchanged-cache-'));
  folders.push(folder);
  const path = join(folder, 'coalition.db');
  const first = openDatabase(path);
  first.migrate();
  const second = openDatabase(path);
  return {
    first: createRepositories(first.db),
    second: createRepositories(second.db),
    firstDb: first.db,
    handles: [first, second],
  };
}

function setUp(repos: ReturnType<typeof createRepositories>) {
  const coalition = seedCoalition(repos, now);
  const person = addPartner(repos, coalition.id, 'U2', now);
  return { coalition, person };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('reads kept while the database is unchanged', () => {
  it('sees another connection’s commit within OTHERS_SEEN_WITHIN_MS', async () => {
    const { first, second, handles } = twoConnections();
    const { coalition, person } = setUp(first);
    expect(second.coalitions.findByChannelId('C1')?.name).toBe('Northside');
    expect(second.people.find(coalition.id, 'U2')?.role).toBe('partner');
    first.coalitions.setConcernContact(coalition.id, 'Front door 0300 123 4567');
    first.people.update(person.id, { role: 'coordinator' });
    await new Promise((resolve) => setTimeout(resolve, OTHERS_SEEN_WITHIN_MS + 5));
    expect(second.coalitions.findByChannelId('C1')?.concernContact).toBe('Front door 0300 123 4567');
    expect(second.people.find(coalition.id, 'U2')?.role).toBe('coordinator');
    expect(second.people.listByCoalition(coalition.id).map((each) => each.role)).toEqual(['coordinator']);
    for (const handle of handles) handle.close();
  });

  it('sees this connection’s own writes, and a new member in the roster', () => {
    const { first, handles } = twoConnections();
    const { coalition } = setUp(first);
    expect(first.people.listByCoalition(coalition.id)).toHaveLength(1);
    expect(first.people.find(coalition.id, 'U3')).toBeUndefined();
    first.people.insert({
      teamId: 'T1',
      coalitionId: coalition.id,
      slackUserId: 'U3',
      homeTeamId: 'T1',
      displayName: 'Sam',
      tz: 'Europe/London',
      role: 'partner',
      active: true,
      joinedAt: now,
    });
    expect(first.people.listByCoalition(coalition.id)).toHaveLength(2);
    expect(first.people.find(coalition.id, 'U3')?.displayName).toBe('Sam');
    for (const handle of handles) handle.close();
  });

  it('keeps nothing read inside a transaction that rolls back', () => {
    const { first, handles } = twoConnections();
    const { coalition } = setUp(first);
    expect(() =>
      first.transaction(() => {
        first.coalitions.setConcernContact(coalition.id, 'rolled back');
        expect(first.coalitions.findByChannelId('C1')?.concernContact).toBe('rolled back');
        throw new Error('undo');
      }),
    ).toThrow('undo');
    expect(first.coalitions.findByChannelId('C1')?.concernContact).toBeNull();
    for (const handle of handles) handle.close();
  });

  it('hands out copies, so a caller changing one cannot change what the next caller reads', () => {
    const { first, handles } = twoConnections();
    setUp(first);
    const given = first.coalitions.findByChannelId('C1');
    if (!given) throw new Error('no coalition');
    given.name = 'Changed by a caller';
    expect(first.coalitions.findByChannelId('C1')?.name).toBe('Northside');
    for (const handle of handles) handle.close();
  });

  it('counts every statement that may write, INSERT … RETURNING included, and none that only read', () => {
    const { firstDb, handles } = twoConnections();
    const before = writesOn(firstDb.$client) ?? Number.NaN;
    firstDb.$client
      .prepare(
        "insert into processed_events (event_id, team_id, received_at) values ('E1', 'T1', 0) returning event_id",
      )
      .get();
    expect(writesOn(firstDb.$client)).toBe(before + 1);
    firstDb.$client.prepare('select count(*) from processed_events').get();
    expect(writesOn(firstDb.$client)).toBe(before + 1);
    for (const handle of handles) handle.close();
  });

  it('reads once while nothing changes, and again after any write', () => {
    const { first, firstDb, handles } = twoConnections();
    setUp(first);
    const stamp = changeStamp(firstDb);
    let loads = 0;
    const read = keptWhileUnchanged(
      stamp,
      (key) => {
        loads += 1;
        return { key };
      },
      (value) => ({ ...value }),
    );
    read('a');
    read('a');
    expect(loads).toBe(1);
    first.coalitions.setChannelWatch(1, true);
    read('a');
    expect(loads).toBe(2);
    for (const handle of handles) handle.close();
  });

  it('asks SQLite whether another connection committed at most once a window, and sees its own writes at once', () => {
    const { first, second, firstDb, handles } = twoConnections();
    const { coalition } = setUp(first);
    let clock = 1_000;
    const stamp = changeStamp(firstDb, () => clock);
    const atStart = stamp.current();
    expect(stamp.current()).toBe(atStart);
    second.coalitions.setConcernContact(coalition.id, 'MASH 0300 765 4321');
    clock += OTHERS_SEEN_WITHIN_MS - 1;
    // Inside the window another connection's commit may go unseen: data_version is not read again.
    expect(stamp.current()).toBe(atStart);
    clock += 1;
    const afterOthers = stamp.current();
    expect(afterOthers).not.toBe(atStart);
    first.coalitions.setConcernContact(coalition.id, 'Front door 0300 123 4567');
    expect(stamp.current()).not.toBe(afterOthers);
    for (const handle of handles) handle.close();
  });
});
