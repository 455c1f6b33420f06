import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackDriver, type SlackDriver } from '../../../src/simulator/index.js';
import { useSimulator } from './sim-harness.js';

// Real Bolt on real HTTP: proof that what the driver sends is what Bolt accepts, and that Bolt's client and
// respond() work against the simulator.
const SECRET = 'bolt-secret';
const h = useSimulator();
let app: App;
let driver: SlackDriver;
const seen: string[] = [];

beforeEach(async () => {
  seen.length = 0;
  app = new App({
    token: h.sim.botToken,
    botId: h.sim.botId,
    botUserId: h.sim.botUserId,
    signingSecret: SECRET,
    processBeforeResponse: true,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: h.sim.apiUrl, retryConfig: { retries: 0 } },
  });
  app.command('/coalition', async ({ ack, command, respond, client }) => {
    await ack();
    seen.push(`command:${command.text}`);
    await respond({ text: `you said ${command.text}` });
    await client.views.open({
      trigger_id: command.trigger_id,
      view: { type: 'modal', callback_id: 'form', title: { type: 'plain_text', text: 'Form' }, blocks: [] },
    });
  });
  app.action('go', async ({ ack, body, respond }) => {
    await ack();
    seen.push(`action:${body.type}`);
    await respond({ replace_original: true, text: 'clicked' });
  });
  app.view('form', async ({ ack, view }) => {
    seen.push(`view:${view.state.values.b?.a?.value}`);
    await ack({ response_action: 'errors', errors: { b: 'try again' } });
  });
  app.event('app_mention', async ({ event, context }) => {
    seen.push(`event:${event.text}:${context.retryNum ?? 0}`);
  });
  const server = (await app.start(0)) as unknown as { address(): AddressInfo };
  const eventsUrl = `http://127.0.0.1:${server.address().port}/slack/events`;
  driver = createSlackDriver({ sim: h.sim, eventsUrl, signingSecret: SECRET });
});
afterEach(async () => {
  await app.stop();
});

describe('a Bolt app driven through the simulator', () => {
  it('takes a command, replies through response_url and opens a modal with the trigger', async () => {
    const result = await driver.command({ userId: 'U1', channelId: 'C1', text: 'hello' });
    expect(result.status).toBe(200);
    expect(seen).toEqual(['command:hello']);
    expect(h.sim.messages({ kind: 'response_url' })).toMatchObject([{ text: 'you said hello', channel: 'C1' }]);
    expect(h.sim.views()).toMatchObject([{ user: 'U1', view: { callback_id: 'form' } }]);
  });

  it('takes a button click and lets respond() replace the original message', async () => {
    const blocks = [
      { type: 'actions', elements: [{ type: 'button', action_id: 'go', text: { type: 'plain_text', text: 'Go' } }] },
    ];
    const { ts = '' } = await app.client.chat.postMessage({ channel: 'C1', text: 'pick', blocks });
    const result = await driver.blockAction({
      userId: 'U1',
      channelId: 'C1',
      messageTs: ts,
      actions: [{ action_id: 'go' }],
    });
    expect(result.status).toBe(200);
    expect(seen).toEqual(['action:block_actions']);
    expect(h.sim.messages({ kind: 'message' })).toMatchObject([{ text: 'clicked', edits: 1 }]);
  });

  it('takes a view submission and hands back the ack’s response_action', async () => {
    const values = { b: { a: { type: 'plain_text_input', value: 'typed' } } };
    const result = await driver.viewSubmission({ userId: 'U1', view: { callback_id: 'form' }, values });
    expect(seen).toEqual(['view:typed']);
    expect(result).toEqual({ status: 200, body: { response_action: 'errors', errors: { b: 'try again' } } });
  });

  it('takes events and retries', async () => {
    await driver.event({ type: 'app_mention', user: 'U1', channel: 'C1', text: 'hey', ts: '1.2' });
    await driver.event(
      { type: 'app_mention', user: 'U1', channel: 'C1', text: 'hey', ts: '1.2' },
      { retryNum: 2, retryReason: 'http_error' },
    );
    expect(seen).toEqual(['event:hey:0', 'event:hey:2']);
  });

  it.each([
    ['a forged signature', { signature: 'v0=forged' }],
    ['a stale timestamp', { timestampSec: Math.floor(Date.now() / 1000) - 301 }],
  ])('refuses %s', async (_name, forgery) => {
    const result = await driver.raw({
      body: 'command=%2Fcoalition&text=x',
      contentType: 'application/x-www-form-urlencoded',
      ...forgery,
    });
    expect(result.status).toBe(401);
    expect(seen).toEqual([]);
  });
});
