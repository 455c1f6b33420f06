import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signSlackRequest } from '../../src/simulator/index.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

const CHANNEL = 'C0COAL';
let world: TestWorld;

function seedChannel(sim: TestWorld['sim']) {
  sim.addUser({ id: 'U0COORD', name: 'cora', real_name: 'Cora Coordinator', tz: 'Europe/London' });
  sim.addUser({ id: 'U0HEAD', name: 'hana', real_name: 'Hana Head', tz: 'America/New_York' });
  sim.addUser({ id: 'U0EXT', team_id: 'T0OTHER', name: 'ext', real_name: 'Ezra External', tz: 'Asia/Kolkata' });
  sim.addUser({ id: 'U0ROBOT', name: 'otherbot', is_bot: true });
  sim.addUser({ id: 'U0GONE', name: 'gone', deleted: true });
  sim.addChannel({
    id: CHANNEL,
    name: 'northside-coalition',
    members: ['U0COORD', 'U0HEAD', 'U0EXT', 'U0ROBOT', 'U0GONE'],
    isExtShared: true,
  });
}

function lastReply(userId?: string) {
  const replies = world.sim.messages({ kind: 'response_url' });
  const reply = replies.at(-1);
  if (!reply) throw new Error('no reply was sent');
  if (userId) expect(reply).toBeDefined();
  return reply;
}

async function command(userId: string, text: string) {
  const result = await world.driver.command({ userId, channelId: CHANNEL, text, channelName: 'northside-coalition' });
  expect(result.status).toBe(200);
  await world.settle();
  return result;
}

function roster() {
  const coalition = world.app.repos.coalitions.findByChannelId(CHANNEL);
  if (!coalition) return [];
  return world.app.repos.people.listByCoalition(coalition.id);
}

function auditActions(): string[] {
  const coalition = world.app.repos.coalitions.findByChannelId(CHANNEL);
  if (!coalition) return [];
  return world.app.repos.auditLog.recent(coalition.teamId, coalition.id, 1000).map((entry) => entry.action);
}

beforeEach(async () => {
  world = await startTestWorld();
  seedChannel(world.sim);
});
afterEach(async () => {
  await world.close();
});

describe('/coalition setup', () => {
  it('rosters exactly the three people, with their Slack timezones and home workspaces, and joins the channel', async () => {
    await command('U0COORD', 'setup Northside Children’s Safety Coalition');

    const people = roster();
    expect(people.map((person) => person.slackUserId).sort()).toEqual(['U0COORD', 'U0EXT', 'U0HEAD']);
    const byId = Object.fromEntries(people.map((person) => [person.slackUserId, person]));
    expect(byId.U0COORD).toMatchObject({ role: 'coordinator', tz: 'Europe/London', active: true });
    expect(byId.U0HEAD).toMatchObject({ role: 'partner', tz: 'America/New_York' });
    expect(byId.U0EXT).toMatchObject({ role: 'partner', tz: 'Asia/Kolkata', homeTeamId: 'T0OTHER' });
    expect(world.sim.calls('conversations.join')).toHaveLength(1);
    expect(lastReply().text).toMatch(/first coordinator/);
    expect(auditActions().filter((action) => action === 'roster.added')).toHaveLength(3);
    expect(auditActions()).toContain('coalition.setup');
  });

  it('is harmless to run again, and a second caller does not become a coordinator', async () => {
    await command('U0COORD', 'setup Northside');
    await command('U0HEAD', 'setup Another name');

    expect(roster()).toHaveLength(3);
    expect(roster().find((person) => person.slackUserId === 'U0HEAD')?.role).toBe('partner');
    expect(world.app.repos.coalitions.findByChannelId(CHANNEL)?.name).toBe('Northside');
    expect(lastReply().text).toMatch(/already set up/);
  });
});

describe('roles and the roster', () => {
  beforeEach(async () => {
    await command('U0COORD', 'setup Northside');
  });

  it('refuses a partner who tries to add a partner, says who can, and changes nothing', async () => {
    const before = { people: roster(), audit: auditActions() };
    await command('U0HEAD', 'partner <@U0EXT|ext> org:"Bright Futures" sector:voluntary');

    const reply = lastReply();
    expect(reply.text).toMatch(/Only coordinators can add partners/);
    expect(reply.text).toContain('<@U0COORD>');
    expect(reply.response_type).toBe('ephemeral');
    expect(roster()).toEqual(before.people);
    expect(auditActions()).toEqual(before.audit);
  });

  it('lets a coordinator record a partner’s organisation and sector, and audits it', async () => {
    await command('U0COORD', 'partner <@U0HEAD|hana> org:"St Mary\'s Primary" sector:education');

    const hana = roster().find((person) => person.slackUserId === 'U0HEAD');
    expect(hana?.sector).toBe('education');
    const organisations = world.app.repos.organisations.listByCoalition(hana?.coalitionId ?? 0);
    expect(organisations.map((organisation) => organisation.name)).toEqual(["St Mary's Primary"]);
    expect(auditActions()).toContain('roster.partner_set');
    expect(lastReply().text).toMatch(/St Mary's Primary/);
  });

  it('keeps the last coordinator from stepping down, and allows it once there is another', async () => {
    await command('U0COORD', 'role <@U0COORD> partner');
    expect(lastReply().text).toMatch(/only coordinator/);
    expect(roster().find((person) => person.slackUserId === 'U0COORD')?.role).toBe('coordinator');

    await command('U0COORD', 'role <@U0HEAD> coordinator');
    await command('U0COORD', 'role <@U0COORD> partner');
    const roles = Object.fromEntries(roster().map((person) => [person.slackUserId, person.role]));
    expect(roles).toMatchObject({ U0COORD: 'partner', U0HEAD: 'coordinator' });
    expect(auditActions().filter((action) => action === 'role.changed')).toHaveLength(2);
  });

  it('shows the roster by sector with the core sectors nobody covers', async () => {
    await command('U0COORD', 'partner <@U0HEAD> org:"St Mary\'s" sector:education');
    await command('U0EXT', 'partners');

    const text = JSON.stringify(lastReply().blocks);
    expect(text).toContain('Education');
    expect(text).toContain('Not at the table yet');
    expect(text).toContain('Police');
    expect(text).not.toMatch(/Not at the table yet:[^"]*Education/);
  });

  it('answers unknown subcommands and bad arguments with the right usage', async () => {
    await command('U0HEAD', 'launch rockets');
    expect(lastReply().text).toMatch(/coalition help/);
    await command('U0COORD', 'role <@U0HEAD> boss');
    expect(lastReply().text).toMatch(/Usage: `\/coalition role/);
  });

  it('opens the profile modal, keeps typed answers on a field error, and saves a valid profile', async () => {
    await command('U0HEAD', 'profile');
    const opened = world.sim.views().at(-1);
    expect(opened?.view.callback_id).toBe('profile_modal');

    const invalid = await world.driver.viewSubmission({
      userId: 'U0HEAD',
      view: opened?.view as never,
      values: {
        profile_organisation: { organisation: { type: 'plain_text_input', value: '   ' } },
        profile_sector: { sector: { type: 'static_select', selected_option: null } },
        profile_brings: { brings: { type: 'plain_text_input', value: 'Assemblies' } },
      },
    });
    expect(invalid.body).toMatchObject({ response_action: 'errors' });
    expect(Object.keys((invalid.body as { errors: object }).errors).sort()).toEqual([
      'profile_organisation',
      'profile_sector',
    ]);

    const valid = await world.driver.viewSubmission({
      userId: 'U0HEAD',
      view: opened?.view as never,
      values: {
        profile_organisation: { organisation: { type: 'plain_text_input', value: 'Northside Health Visiting' } },
        profile_sector: { sector: { type: 'static_select', selected_option: { value: 'health' } } },
        profile_brings: { brings: { type: 'plain_text_input', value: 'Health visitors in every ward' } },
      },
    });
    expect(valid.status).toBe(200);
    await world.settle();
    const hana = roster().find((person) => person.slackUserId === 'U0HEAD');
    expect(hana).toMatchObject({ sector: 'health', whatTheyBring: 'Health visitors in every ward' });
  });
});

describe('events keep the roster current', () => {
  beforeEach(async () => {
    await command('U0COORD', 'setup Northside');
    world.sim.addUser({ id: 'U0NEW', name: 'newbie', tz: 'Pacific/Chatham' });
  });

  it('acts once on an event Slack delivers twice', async () => {
    const event = { type: 'member_joined_channel', user: 'U0NEW', channel: CHANNEL, channel_type: 'C', team: 'T0SIM' };
    const infoCallsBefore = world.sim.calls('users.info').length;
    const first = await world.driver.event(event, { eventId: 'Ev0JOIN1' });
    await world.settle();
    const retry = await world.driver.event(event, { eventId: 'Ev0JOIN1', retryNum: 1, retryReason: 'http_timeout' });
    await world.settle();

    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(roster().filter((person) => person.slackUserId === 'U0NEW')).toHaveLength(1);
    expect(world.sim.calls('users.info').length - infoCallsBefore).toBe(1);
    expect(auditActions().filter((action) => action === 'roster.added')).toHaveLength(4);
  });

  it('marks a leaver inactive, follows a timezone change, and deactivates a deleted account', async () => {
    await world.driver.event({
      type: 'member_left_channel',
      user: 'U0HEAD',
      channel: CHANNEL,
      channel_type: 'C',
      team: 'T0SIM',
    });
    await world.driver.event({
      type: 'user_change',
      user: {
        id: 'U0EXT',
        team_id: 'T0OTHER',
        name: 'ext',
        real_name: 'Ezra External',
        tz: 'Europe/Paris',
        profile: { display_name: 'Ezra' },
      },
    });
    await world.driver.event({
      type: 'user_change',
      user: { id: 'U0COORD', name: 'cora', deleted: true, tz: 'Europe/London' },
    });
    await world.settle();

    const byId = Object.fromEntries(roster().map((person) => [person.slackUserId, person]));
    expect(byId.U0HEAD).toMatchObject({ active: false });
    expect(byId.U0HEAD?.leftAt).toBeInstanceOf(Date);
    expect(byId.U0EXT).toMatchObject({ tz: 'Europe/Paris', displayName: 'Ezra', active: true });
    expect(byId.U0COORD).toMatchObject({ active: false });
  });
});

describe('the HTTP edge', () => {
  it.each<[string, { signature?: string; timestampSec?: number }]>([
    ['a forged signature', { signature: 'v0=deadbeef' }],
    ['a timestamp older than five minutes', { timestampSec: Math.floor(Date.now() / 1000) - 6 * 60 }],
  ])('answers %s with 401 and changes nothing', async (_name, tampering) => {
    const body = new URLSearchParams({
      token: 'legacy',
      team_id: world.sim.teamId,
      channel_id: CHANNEL,
      channel_name: 'northside-coalition',
      user_id: 'U0COORD',
      command: '/coalition',
      text: 'setup Forged',
      response_url: world.sim.newResponseUrl(),
      trigger_id: world.sim.issueTriggerId('U0COORD'),
    }).toString();
    const timestampSec = tampering.timestampSec ?? Math.floor(Date.now() / 1000);
    const signature =
      tampering.signature ?? signSlackRequest('test-signing-secret', body, timestampSec)['x-slack-signature'];
    const result = await world.driver.raw({
      body,
      contentType: 'application/x-www-form-urlencoded',
      timestampSec,
      signature,
    });
    await world.settle();

    expect(result.status).toBe(401);
    expect(world.app.repos.coalitions.findByChannelId(CHANNEL)).toBeUndefined();
    expect(world.sim.calls('conversations.join')).toHaveLength(0);
  });

  it('reports the database as healthy', async () => {
    const response = await fetch(`${world.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ db: 'ok' });
  });

  it('keeps answer text and tokens out of the logs at info level', async () => {
    await command('U0COORD', 'setup Northside');
    await command('U0COORD', 'partner <@U0HEAD> org:"Secret Sunflower Trust" sector:education');
    const infoAndAbove = world.logs
      .map((line) => JSON.parse(line) as { level: number })
      .filter((entry) => entry.level >= 30);
    const text = JSON.stringify(infoAndAbove);
    expect(text).not.toContain('Secret Sunflower');
    expect(text).not.toContain(world.sim.botToken);
  });
});
