import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minimumSecondsFor, type SlackSimulator, startSlackSimulator } from '../../../src/simulator/index.js';

let sim: SlackSimulator;
let now = Date.parse('2026-11-24T10:00:00Z');
let client: WebClient;

beforeEach(async () => {
  now = Date.parse('2026-11-24T10:00:00Z');
  sim = await startSlackSimulator({ now: () => now });
  client = new WebClient(sim.botToken, { slackApiUrl: sim.apiUrl, retryConfig: { retries: 0 } });
  sim.addUser({ id: 'U1', tz: 'Asia/Kolkata' });
  sim.addChannel({ id: 'C1', members: ['U1'], botIsMember: true });
});
afterEach(async () => {
  await sim.close();
});

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { data?: { error?: string }; statusCode?: number }) => error.data?.error ?? `http_${error.statusCode}`,
  );

describe('Slack simulator over the real Web API client', () => {
  it('answers auth.test for the bot token and invalid_auth for any other', async () => {
    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0SIM' });
    const stranger = new WebClient('xoxb-wrong', { slackApiUrl: sim.apiUrl, retryConfig: { retries: 0 } });
    expect(await errorOf(stranger.auth.test())).toBe('invalid_auth');
  });

  it('opens a DM, posts with metadata, and returns it from history', async () => {
    const { channel } = await client.conversations.open({ users: 'U1' });
    const posted = await client.chat.postMessage({
      channel: channel?.id ?? '',
      text: 'hello',
      metadata: { event_type: 'checkin_prompt', event_payload: { delivery_id: 7 } },
    });
    const history = await client.conversations.history({ channel: channel?.id ?? '', include_all_metadata: true });
    expect(history.messages?.[0]).toMatchObject({
      ts: posted.ts,
      metadata: { event_type: 'checkin_prompt', event_payload: { delivery_id: 7 } },
    });
    expect(sim.calls('chat.postMessage')[0]?.args.metadata).toMatchObject({ event_type: 'checkin_prompt' });
  });

  it('pages through channel members', async () => {
    for (let index = 0; index < 450; index += 1) sim.addChannelMember('C1', `U9${index}`);
    const members: string[] = [];
    for await (const page of client.paginate('conversations.members', { channel: 'C1', limit: 200 }))
      members.push(...((page as unknown as { members: string[] }).members ?? []));
    expect(members).toHaveLength(452);
    expect(sim.calls('conversations.members')).toHaveLength(3);
  });

  it.each([
    [
      '51 blocks',
      { channel: 'C1', text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) },
      'invalid_blocks',
    ],
    [
      'a 3001-character section',
      { channel: 'C1', text: 'x', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a'.repeat(3001) } }] },
      'invalid_blocks',
    ],
    [
      'a 76-character button',
      {
        channel: 'C1',
        text: 'x',
        blocks: [
          {
            type: 'actions',
            elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) } }],
          },
        ],
      },
      'invalid_blocks',
    ],
    ['a channel the bot is not in', { channel: 'C404', text: 'x' }, 'channel_not_found'],
    [
      '50 blocks and a 3000-character section',
      {
        channel: 'C1',
        text: 'x',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: 'a'.repeat(3000) } },
          ...Array.from({ length: 49 }, () => ({ type: 'divider' })),
        ],
      },
      'ok',
    ],
  ])('a message with %s', async (_name, args, expected) => {
    expect(await errorOf(client.chat.postMessage(args as never))).toBe(expected);
  });

  it('refuses to post in a channel the bot has not joined', async () => {
    sim.addChannel({ id: 'C2', members: ['U1'] });
    expect(await errorOf(client.chat.postMessage({ channel: 'C2', text: 'x' }))).toBe('not_in_channel');
  });

  it.each([
    ['a 25-character title', { title: { type: 'plain_text', text: 't'.repeat(25) } }, 'invalid_arguments'],
    ['101 blocks', { blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }, 'invalid_arguments'],
    ['a fine view', {}, 'ok'],
  ])('a view with %s', async (_name, patch, expected) => {
    const view = { type: 'modal', title: { type: 'plain_text', text: 'Title' }, blocks: [], ...patch };
    expect(await errorOf(client.views.open({ trigger_id: sim.issueTriggerId('U1'), view: view as never }))).toBe(
      expected,
    );
  });

  it('expires triggers after 3 seconds and refuses a trigger used twice', async () => {
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'T' }, blocks: [] };
    const used = sim.issueTriggerId('U1');
    await client.views.open({ trigger_id: used, view });
    expect(await errorOf(client.views.open({ trigger_id: used, view }))).toBe('exchanged_trigger_id');
    const stale = sim.issueTriggerId('U1');
    now += 3001;
    expect(await errorOf(client.views.open({ trigger_id: stale, view }))).toBe('expired_trigger_id');
  });

  it('answers 429 with Retry-After on demand, every third call', async () => {
    sim.injectFault({ method: 'users.info', status: 429, everyNth: 3, retryAfterSeconds: 7 });
    // Reject rather than wait out Retry-After: this test is about what the simulator says, not the client's pause.
    const impatient = new WebClient(sim.botToken, {
      slackApiUrl: sim.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    const results = [];
    for (let index = 0; index < 6; index += 1) results.push(await errorOf(impatient.users.info({ user: 'U1' })));
    expect(results.map((result) => result === 'ok')).toEqual([true, true, false, true, true, false]);
    const limited = sim.calls('users.info').filter((call) => call.status === 429);
    expect(limited).toHaveLength(2);
  });

  it('simulates Slack’s limits: one message a second per channel after a short burst', async () => {
    const limited = await startSlackSimulator({ now: () => now, enforceRateLimits: true });
    limited.addUser({ id: 'U1' });
    const limitedClient = new WebClient(limited.botToken, {
      slackApiUrl: limited.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    const results = [];
    for (let index = 0; index < 5; index += 1)
      results.push(await errorOf(limitedClient.chat.postMessage({ channel: 'U1', text: 'x' })));
    now += 1000;
    results.push(await errorOf(limitedClient.chat.postMessage({ channel: 'U1', text: 'x' })));
    await limited.close();
    expect(results.map((result) => result === 'ok')).toEqual([true, true, true, false, false, true]);
    expect(minimumSecondsFor('conversations.open', 150)).toBe(120);
  });

  it('records response_url posts as messages', async () => {
    const url = sim.newResponseUrl();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hi', response_type: 'ephemeral' }),
    });
    expect(response.status).toBe(200);
    expect(sim.messages({ kind: 'response_url' })).toMatchObject([{ text: 'hi', response_type: 'ephemeral' }]);
    expect((await fetch(`${sim.url}/response/999`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('takes a file upload through the external upload flow', async () => {
    await client.filesUploadV2({ channel_id: 'C1', filename: 'data.json', title: 'Your data', content: '{"a":1}' });
    expect(sim.uploads()).toMatchObject([{ filename: 'data.json', title: 'Your data', channelId: 'C1' }]);
    expect(sim.uploads()[0]?.content).toContain('{"a":1}');
  });
});
