import { describe, expect, it } from 'vitest';
import { post, useSimulator } from './sim-harness.js';

const h = useSimulator();

describe('response_url', () => {
  it('records posts as messages and answers 200 "ok"', async () => {
    const url = h.sim.newResponseUrl({ channel: 'C1', user: 'U1' });
    expect(url).toMatch(new RegExp(`^${h.sim.url}/response/\\d+$`));
    const response = await post(url, { text: 'hi', response_type: 'in_channel' });
    expect([response.status, await response.text()]).toEqual([200, 'ok']);
    expect(h.sim.messages({ kind: 'response_url' })).toMatchObject([
      {
        channel: 'C1',
        user: 'U1',
        text: 'hi',
        response_type: 'in_channel',
        replace_original: false,
        response_url: url,
      },
    ]);
    expect(h.sim.calls('response_url')).toMatchObject([{ args: { text: 'hi' }, status: 200 }]);
  });

  it('defaults to ephemeral and answers 404 for a URL it never issued', async () => {
    await post(h.sim.newResponseUrl(), { text: 'quiet' });
    expect(h.sim.messages({ kind: 'response_url' })[0]).toMatchObject({ response_type: 'ephemeral', channel: '' });
    expect((await post(`${h.sim.url}/response/999`, { text: 'x' })).status).toBe(404);
  });

  it('replaces or deletes the original message when it knows which one it was', async () => {
    const { ts = '' } = await h.client.chat.postMessage({
      channel: 'C1',
      text: 'pick one',
      blocks: [{ type: 'divider' }],
    });
    await post(h.sim.newResponseUrl({ channel: 'C1', messageTs: ts }), { replace_original: true, text: 'picked' });
    expect(h.sim.messages({ kind: 'message' })).toMatchObject([{ text: 'picked', blocks: undefined, edits: 1 }]);
    await post(h.sim.newResponseUrl({ channel: 'C1', messageTs: ts }), { delete_original: true });
    expect(h.sim.messages({ kind: 'message' })[0]?.deleted).toBe(true);
  });

  it('answers 400 for blocks over Slack’s limits, and records nothing', async () => {
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    const response = await post(h.sim.newResponseUrl(), { text: 'x', blocks });
    expect([response.status, await response.text()]).toEqual([400, 'invalid_blocks']);
    expect(h.sim.messages()).toEqual([]);
  });

  it('allows five uses within 30 minutes', async () => {
    const url = h.sim.newResponseUrl();
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1) statuses.push((await post(url, { text: `${index}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    const late = h.sim.newResponseUrl();
    h.advance(30 * 60 * 1000 + 1);
    const response = await post(late, { text: 'late' });
    expect([response.status, await response.text()]).toEqual([404, 'expired_url']);
  });
});
