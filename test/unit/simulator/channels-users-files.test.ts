import { describe, expect, it } from 'vitest';
import { outcome, useSimulator } from './sim-harness.js';

const h = useSimulator();

describe('channels and users', () => {
  it('pages through channel members with cursors, ending with an empty next_cursor', async () => {
    for (let index = 0; index < 450; index += 1) h.sim.addChannelMember('C1', `U9${index}`);
    const pages: Array<{ members?: string[]; response_metadata?: { next_cursor?: string } }> = [];
    for await (const page of h.client.paginate('conversations.members', { channel: 'C1', limit: 200 }))
      pages.push(page);
    expect(pages.map((page) => page.members?.length)).toEqual([200, 200, 52]);
    expect(new Set(pages.flatMap((page) => page.members)).size).toBe(452);
    expect(pages.at(-1)?.response_metadata?.next_cursor).toBe('');
    expect(await outcome(h.client.conversations.members({ channel: 'C404' }))).toBe('channel_not_found');
  });

  it('describes a channel and joins a public one', async () => {
    h.sim.addChannel({ id: 'C2', name: 'shared', isExtShared: true });
    expect((await h.client.conversations.info({ channel: 'C2' })).channel).toMatchObject({
      id: 'C2',
      name: 'shared',
      is_member: false,
      is_private: false,
      is_ext_shared: true,
    });
    await h.client.conversations.join({ channel: 'C2' });
    expect((await h.client.conversations.info({ channel: 'C2' })).channel?.is_member).toBe(true);
    h.sim.addChannel({ id: 'G3', isPrivate: true, botIsMember: true });
    expect(await outcome(h.client.conversations.join({ channel: 'G3' }))).toBe('method_not_supported_for_channel_type');
  });

  it('answers users.info with Slack’s user fields, and user_not_found for strangers to the simulator', async () => {
    h.sim.addUser({ id: 'W2', team_id: 'T0OTHER', real_name: 'Ezra', is_restricted: true, profile: { email: 'e@x' } });
    expect((await h.client.users.info({ user: 'W2' })).user).toMatchObject({
      id: 'W2',
      team_id: 'T0OTHER',
      name: 'w2',
      real_name: 'Ezra',
      tz: 'Europe/London',
      tz_label: 'Greenwich Mean Time',
      tz_offset: 0,
      deleted: false,
      is_bot: false,
      is_restricted: true,
      is_ultra_restricted: false,
      profile: { display_name: 'w2', real_name: 'Ezra', email: 'e@x' },
    });
    expect((await h.client.users.info({ user: 'U1' })).user).toMatchObject({ tz: 'Asia/Kolkata', tz_offset: 19800 });
    expect(await outcome(h.client.users.info({ user: 'U404' }))).toBe('user_not_found');
  });

  it('lists users in pages, including the bot and Slackbot as Slack does', async () => {
    for (let index = 0; index < 5; index += 1) h.sim.addUser({ id: `U7${index}` });
    const ids: string[] = [];
    for await (const page of h.client.paginate('users.list', { limit: 3 }))
      ids.push(...((page as unknown as { members?: Array<{ id: string }> }).members ?? []).map((member) => member.id));
    expect(ids).toEqual(['U0BOT', 'USLACKBOT', 'U1', 'U70', 'U71', 'U72', 'U73', 'U74']);
  });
});

describe('file uploads', () => {
  it('takes a file through the external upload flow (multipart) and records it', async () => {
    await h.client.filesUploadV2({ channel_id: 'C1', filename: 'data.json', title: 'Your data', content: '{"a":1}' });
    expect(h.sim.uploads()).toMatchObject([
      { filename: 'data.json', title: 'Your data', channel_id: 'C1', content: '{"a":1}', bytes: 7, completed: true },
    ]);
    expect(h.sim.calls().map((call) => call.method)).toEqual([
      'files.getUploadURLExternal',
      'file_upload',
      'files.completeUploadExternal',
    ]);
  });

  it('takes a raw upload too and refuses to share into a channel the bot is not in', async () => {
    const { upload_url = '', file_id = '' } = await h.client.files.getUploadURLExternal({
      filename: 'a.txt',
      length: 3,
    });
    expect((await fetch(upload_url, { method: 'POST', body: 'abc' })).status).toBe(200);
    h.sim.addChannel({ id: 'C2' });
    const complete = h.client.files.completeUploadExternal({ files: [{ id: file_id }], channel_id: 'C2' });
    expect(await outcome(complete)).toBe('not_in_channel');
    expect(h.sim.uploads()[0]).toMatchObject({ content: 'abc', completed: false });
  });
});
