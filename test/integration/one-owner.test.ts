import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

/** A Slack Connect channel: hosted by the simulator's workspace, shared with a partner from T0OTHER. */
const HOST = { id: 'U0HOST', tz: 'Europe/London' };
const LOCAL = { id: 'U0LOCAL', tz: 'Europe/London' };
const GUEST_TEAM = 'T0OTHER';
let world: TestWorld;

const lastAnswer = () => world.sim.messages({ kind: 'response_url' }).at(-1)?.text ?? '';
const hostCoalition = () => world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);

async function command(userId: string, text: string, teamId?: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text, ...(teamId ? { teamId } : {}) });
  await world.settle();
  return lastAnswer();
}

/** Everything setup could change, so a refusal can be shown to change none of it. */
function snapshot() {
  const coalition = hostCoalition();
  return {
    coalition,
    coalitionsOfGuestTeam: world.app.repos.coalitions.listByTeam(GUEST_TEAM),
    people: world.app.repos.people.listByCoalition(coalition?.id ?? 0),
    joins: world.sim.calls('conversations.join').length,
    channelPosts: world.sim.messages({ channel: COALITION_CHANNEL }).filter((message) => message.kind === 'message')
      .length,
  };
}

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  world.sim.addUser({ id: 'U0EXT', team_id: GUEST_TEAM, name: 'ext', real_name: 'Ezra External', tz: 'Asia/Kolkata' });
  await setUpCoalition(world, [HOST, LOCAL]);
  world.sim.addChannelMember(COALITION_CHANNEL, 'U0EXT');
  await command(HOST.id, 'setup'); // rosters the guest too, as running setup again does
});
afterEach(async () => {
  await world.close();
});

describe('one owner per channel', () => {
  it('refuses setup from another workspace, says who runs the coalition, changes nothing and records the attempt', async () => {
    const before = snapshot();
    const answer = await command('U0EXT', 'setup Ezra’s Coalition', GUEST_TEAM);
    expect(answer).toMatch(/already the home of \*Test Coalition\*/);
    expect(answer).toContain(`<@${HOST.id}>`);
    expect(answer).toMatch(/changed nothing/);
    expect(snapshot()).toEqual(before);
    const audit = world.app.repos.auditLog.recent(world.sim.teamId, before.coalition?.id ?? 0, 10);
    expect(audit.map((entry) => [entry.action, entry.actorUserId])).toContainEqual([
      'coalition.setup_refused',
      'U0EXT',
    ]);
  });

  it('gives the guest no coordinator powers in the host coalition', async () => {
    await command('U0EXT', 'setup Ezra’s Coalition', GUEST_TEAM);
    const answer = await command('U0EXT', 'role <@U0EXT> coordinator', GUEST_TEAM);
    expect(answer).toMatch(/coordinator/i);
    const guest = world.app.repos.people.find(hostCoalition()?.id ?? 0, 'U0EXT');
    expect(guest?.role).toBe('partner');
  });

  it('lets the Slack Connect partner take part in the host coalition', async () => {
    const answer = await command('U0EXT', 'partners', GUEST_TEAM);
    expect(answer).toContain('Test Coalition');
    const guest = world.app.repos.people.find(hostCoalition()?.id ?? 0, 'U0EXT');
    expect(guest).toMatchObject({ active: true, homeTeamId: GUEST_TEAM });
  });

  it('says hello once at setup: a welcome in the channel and a DM with a Profile button to each partner', async () => {
    const welcome = world.sim
      .messages({ channel: COALITION_CHANNEL })
      .filter((message) => message.kind === 'message' && /now home to/.test(JSON.stringify(message.blocks)));
    expect(welcome).toHaveLength(1);
    const words = JSON.stringify(welcome[0]?.blocks);
    for (const part of ['What I do', 'Privacy', 'Who coordinates', `<@${HOST.id}>`]) expect(words).toContain(part);
    const greetings = world.sim
      .calls('chat.postMessage')
      .filter((call) => JSON.stringify(call.args).includes('profile_open'));
    // The coordinator who ran setup needs no hello; the guest joined after setup and hears at their first prompt.
    expect(greetings).toHaveLength(1);
    const dm = world.sim
      .messages({ kind: 'message' })
      .find((message) => JSON.stringify(message.blocks).includes('profile_open'));
    const value = /"action_id":"profile_open","value":"(\d+)"/.exec(JSON.stringify(dm?.blocks))?.[1] ?? '';
    await world.driver.blockAction({
      userId: LOCAL.id,
      actions: [{ action_id: 'profile_open', value }],
      channelId: dm?.channel,
      messageTs: dm?.ts,
    });
    await world.settle();
    expect(world.sim.views().at(-1)?.view).toMatchObject({ callback_id: 'profile_modal' });
  });
});
