import { describe, expect, it } from 'vitest';
import { clientFor, outcome, useSimulator } from './sim-harness.js';

const h = useSimulator();

describe('auth', () => {
  it('answers auth.test for the bot token, invalid_auth for another and not_authed for none', async () => {
    expect(await h.client.auth.test()).toMatchObject({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0SIM' });
    expect(await outcome(clientFor(h.sim, 'xoxb-wrong').auth.test())).toBe('invalid_auth');
    const anonymous = await fetch(`${h.sim.apiUrl}auth.test`, { method: 'POST' });
    expect(await anonymous.json()).toEqual({ ok: false, error: 'not_authed' });
  });

  it('answers unknown_method for a method it does not serve, and records every call', async () => {
    expect(await outcome(h.client.apiCall('chat.fly', { to: 'moon' }))).toBe('unknown_method');
    expect(h.sim.calls()).toMatchObject([
      { method: 'chat.fly', args: { to: 'moon' }, token: 'xoxb-sim-token', status: 200, at: h.now },
    ]);
  });

  it('accepts JSON bodies as well as forms', async () => {
    const response = await fetch(`${h.sim.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.sim.botToken}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ channel: 'C1', text: 'json', blocks: [{ type: 'divider' }] }),
    });
    expect(await response.json()).toMatchObject({ ok: true, channel: 'C1' });
    expect(h.sim.messages({ channel: 'C1' })).toMatchObject([{ text: 'json', blocks: [{ type: 'divider' }] }]);
  });
});

describe('DMs, posts and history', () => {
  it('opens a stable DM, posts with metadata, and returns it from history only when asked', async () => {
    const opened = await h.client.conversations.open({ users: 'U1' });
    const again = await h.client.conversations.open({ users: 'U1' });
    const dm = opened.channel?.id ?? '';
    expect(dm).toMatch(/^D/);
    expect(again).toMatchObject({ channel: { id: dm }, already_open: true });
    const metadata = { event_type: 'checkin_prompt', event_payload: { delivery_id: 7 } };
    const posted = await h.client.chat.postMessage({ channel: dm, text: 'hello', metadata });
    expect(posted).toMatchObject({ channel: dm, message: { text: 'hello', bot_id: 'B0BOT', metadata } });
    const withMetadata = await h.client.conversations.history({ channel: dm, include_all_metadata: true });
    expect(withMetadata.messages).toMatchObject([{ ts: posted.ts, text: 'hello', metadata }]);
    const without = await h.client.conversations.history({ channel: dm });
    expect(without.messages?.[0]).not.toHaveProperty('metadata');
    expect(h.sim.calls('chat.postMessage')[0]?.args.metadata).toEqual(metadata);
  });

  it('treats a user id as that user’s DM', async () => {
    const posted = await h.client.chat.postMessage({ channel: 'U1', text: 'hi' });
    const { channel } = await h.client.conversations.open({ users: 'U1' });
    expect(posted.channel).toBe(channel?.id);
  });

  it('lists history newest first, honouring limit, oldest and threads', async () => {
    const first = await h.client.chat.postMessage({ channel: 'C1', text: 'one' });
    h.advance(1000);
    await h.client.chat.postMessage({ channel: 'C1', text: 'two' });
    await h.client.chat.postMessage({ channel: 'C1', text: 'reply', thread_ts: first.ts ?? '' });
    h.advance(1000);
    await h.client.chat.postMessage({ channel: 'C1', text: 'three' });
    const all = await h.client.conversations.history({ channel: 'C1' });
    expect(all.messages?.map((m) => m.text)).toEqual(['three', 'two', 'one']);
    const page = await h.client.conversations.history({ channel: 'C1', limit: 2 });
    expect(page).toMatchObject({ has_more: true, messages: [{ text: 'three' }, { text: 'two' }] });
    const newer = await h.client.conversations.history({ channel: 'C1', oldest: first.ts ?? '' });
    expect(newer.messages?.map((m) => m.text)).toEqual(['three', 'two']);
    const thread = await h.client.conversations.replies({ channel: 'C1', ts: first.ts ?? '' });
    expect(thread.messages?.map((m) => m.text)).toEqual(['one', 'reply']);
  });

  it.each([
    ['an unknown user', 'U404', 'user_not_found'],
    ['a deactivated user', 'U0GONE', 'user_disabled'],
    ['an external user sharing no channel', 'W0EXT', 'invalid_user_combination'],
  ])('refuses a DM with %s', async (_name, user, error) => {
    h.sim.addUser({ id: 'U0GONE', deleted: true });
    h.sim.addUser({ id: 'W0EXT', team_id: 'T0OTHER' });
    expect(await outcome(h.client.conversations.open({ users: user }))).toBe(error);
  });

  it('opens a DM with an external user once they share a channel with the bot', async () => {
    h.sim.addUser({ id: 'W0EXT', team_id: 'T0OTHER' });
    h.sim.addChannelMember('C1', 'W0EXT');
    expect(await outcome(h.client.conversations.open({ users: 'W0EXT' }))).toBe('ok');
  });
});

describe('posting rules', () => {
  it.each([
    ['an unknown channel', { channel: 'C404', text: 'x' }, 'channel_not_found'],
    ['a public channel the bot has not joined', { channel: 'C2', text: 'x' }, 'not_in_channel'],
    ['a private channel the bot is not in', { channel: 'G2', text: 'x' }, 'channel_not_found'],
    ['an archived channel', { channel: 'C3', text: 'x' }, 'is_archived'],
    ['neither text nor blocks', { channel: 'C1' }, 'no_text'],
    [
      'metadata without an event type',
      { channel: 'C1', text: 'x', metadata: { event_payload: {} } },
      'invalid_metadata_format',
    ],
    [
      '51 blocks',
      { channel: 'C1', text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) },
      'invalid_blocks',
    ],
    ['a fine message', { channel: 'C1', text: 'x' }, 'ok'],
  ])('chat.postMessage to %s', async (_name, args, expected) => {
    h.sim.addChannel({ id: 'C2', members: ['U1'] });
    h.sim.addChannel({ id: 'G2', members: ['U1'], isPrivate: true });
    h.sim.addChannel({ id: 'C3', botIsMember: true, isArchived: true });
    expect(await outcome(h.client.chat.postMessage(args as never))).toBe(expected);
  });

  it('answers invalid_blocks the way Slack does', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'a'.repeat(3001) } }];
    const error = await h.client.chat.postMessage({ channel: 'C1', text: 'x', blocks }).catch((e) => e);
    expect(error.data).toEqual({
      ok: false,
      error: 'invalid_blocks',
      errors: ['must be less than 3001 characters [json-pointer:/blocks/0/text/text]'],
      response_metadata: { messages: ['[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]'] },
    });
  });

  it('posts an ephemeral only to a channel member', async () => {
    expect(await h.client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'psst' })).toMatchObject({
      message_ts: expect.stringMatching(/^\d+\.\d{6}$/),
    });
    expect(await outcome(h.client.chat.postEphemeral({ channel: 'C1', user: 'U2', text: 'psst' }))).toBe(
      'user_not_in_channel',
    );
    expect(h.sim.messages({ kind: 'ephemeral' })).toMatchObject([{ channel: 'C1', user: 'U1', text: 'psst' }]);
  });

  it('updates a message in place, keeping its history, and cannot update ephemerals or unknown messages', async () => {
    const posted = await h.client.chat.postMessage({ channel: 'C1', text: 'v1' });
    h.advance(5000);
    const updated = await h.client.chat.update({ channel: 'C1', ts: posted.ts ?? '', text: 'v2' });
    expect(updated).toMatchObject({ channel: 'C1', ts: posted.ts, text: 'v2' });
    expect(h.sim.messages({ channel: 'C1' })).toMatchObject([{ text: 'v2', edits: 1, history: [{ text: 'v1' }] }]);
    const ephemeral = await h.client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'e' });
    expect(await outcome(h.client.chat.update({ channel: 'C1', ts: ephemeral.message_ts ?? '', text: 'x' }))).toBe(
      'message_not_found',
    );
    expect(await outcome(h.client.chat.update({ channel: 'C1', ts: '1.000001', text: 'x' }))).toBe('message_not_found');
  });

  it('deletes a message: it leaves history and stays in the record marked deleted', async () => {
    const posted = await h.client.chat.postMessage({ channel: 'C1', text: 'gone' });
    await h.client.chat.delete({ channel: 'C1', ts: posted.ts ?? '' });
    expect((await h.client.conversations.history({ channel: 'C1' })).messages).toEqual([]);
    expect(h.sim.messages()).toMatchObject([{ text: 'gone', deleted: true }]);
    expect(await outcome(h.client.chat.delete({ channel: 'C1', ts: posted.ts ?? '' }))).toBe('message_not_found');
  });

  it('adds and removes reactions', async () => {
    const { ts = '' } = await h.client.chat.postMessage({ channel: 'C1', text: 'react' });
    await h.client.reactions.add({ channel: 'C1', timestamp: ts, name: 'tada' });
    expect(await outcome(h.client.reactions.add({ channel: 'C1', timestamp: ts, name: 'tada' }))).toBe(
      'already_reacted',
    );
    expect(h.sim.messages()[0]?.reactions).toEqual([{ name: 'tada', users: ['U0BOT'] }]);
    await h.client.reactions.remove({ channel: 'C1', timestamp: ts, name: 'tada' });
    expect(await outcome(h.client.reactions.remove({ channel: 'C1', timestamp: ts, name: 'tada' }))).toBe(
      'no_reaction',
    );
  });
});

describe('reset', () => {
  it('forgets calls and messages but keeps users and channels', async () => {
    await h.client.chat.postMessage({ channel: 'C1', text: 'x' });
    h.sim.reset();
    expect(h.sim.calls()).toEqual([]);
    expect(h.sim.messages()).toEqual([]);
    expect(await outcome(h.client.chat.postMessage({ channel: 'U1', text: 'x' }))).toBe('ok');
  });
});
