import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySlackRequest } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackDriver, type SlackDriver, signSlackRequest } from '../../../src/simulator/index.js';
import { outcome, START, useSimulator } from './sim-harness.js';

const SECRET = 'driver-secret';
const DRIVER_NOW = Date.parse('2026-11-24T12:00:00Z');

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

const h = useSimulator();
let app: Server;
let received: Received[];
let answer: { status: number; type?: string; body: string };
let driver: SlackDriver;

beforeEach(async () => {
  received = [];
  answer = { status: 200, body: '' };
  app = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {});
    res.end(answer.body);
  });
  await new Promise<void>((ready) => app.listen(0, '127.0.0.1', ready));
  const eventsUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/slack/events`;
  driver = createSlackDriver({ sim: h.sim, eventsUrl, signingSecret: SECRET, now: () => DRIVER_NOW });
});
afterEach(async () => {
  await new Promise((done) => app.close(done));
});

const last = () => received.at(-1) as Received;
const form = () => Object.fromEntries(new URLSearchParams(last().body));
const payload = () => JSON.parse(form().payload ?? '{}');

describe('signing', () => {
  it('signs like Slack: v0 HMAC-SHA256 over "v0:<ts>:<body>", by the driver’s clock', async () => {
    await driver.command({ userId: 'U1', channelId: 'C1' });
    const { headers, body } = last();
    expect(headers['x-slack-request-timestamp']).toBe(String(DRIVER_NOW / 1000));
    const signed = {
      'x-slack-signature': String(headers['x-slack-signature']),
      'x-slack-request-timestamp': DRIVER_NOW / 1000,
    };
    expect(() =>
      verifySlackRequest({ signingSecret: SECRET, body, headers: signed, nowMilliseconds: DRIVER_NOW }),
    ).not.toThrow();
    expect(() =>
      verifySlackRequest({ signingSecret: 'other', body, headers: signed, nowMilliseconds: DRIVER_NOW }),
    ).toThrow();
    expect(signSlackRequest(SECRET, body, DRIVER_NOW / 1000)['x-slack-signature']).toBe(headers['x-slack-signature']);
  });

  it('sends raw bodies with a chosen timestamp, signature and headers', async () => {
    await driver.raw({
      body: 'ssl_check=1',
      contentType: 'text/plain',
      timestampSec: 5,
      signature: 'v0=forged',
      headers: { 'x-extra': '1' },
    });
    expect(last().headers).toMatchObject({
      'content-type': 'text/plain',
      'x-slack-request-timestamp': '5',
      'x-slack-signature': 'v0=forged',
      'x-extra': '1',
    });
    await driver.raw({ body: 'a=1', contentType: 'application/x-www-form-urlencoded', timestampSec: 5 });
    expect(last().headers['x-slack-signature']).toBe(signSlackRequest(SECRET, 'a=1', 5)['x-slack-signature']);
  });
});

describe('what the app gets', () => {
  it('a slash command: exactly form-encoded, with every field Slack sends', async () => {
    h.sim.addUser({ id: 'U2', name: 'cora' });
    const result = await driver.command({ userId: 'U2', channelId: 'C1', text: 'help me' });
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(form()).toEqual({
      token: expect.any(String),
      team_id: 'T0SIM',
      team_domain: 'simulated',
      channel_id: 'C1',
      channel_name: 'general',
      user_id: 'U2',
      user_name: 'cora',
      command: '/coalition',
      text: 'help me',
      api_app_id: 'A0SIM',
      is_enterprise_install: 'false',
      response_url: result.responseUrl,
      trigger_id: result.triggerId,
    });
  });

  it('a slash command whose trigger opens one view and whose response_url records a reply', async () => {
    const { triggerId, responseUrl } = await driver.command({ userId: 'U1', channelId: 'C1' });
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'T' }, blocks: [] };
    expect(await outcome(h.client.views.open({ trigger_id: triggerId, view }))).toBe('ok');
    expect(h.sim.views()[0]?.user).toBe('U1');
    await fetch(responseUrl, { method: 'POST', body: JSON.stringify({ text: 'done' }) });
    expect(h.sim.messages({ kind: 'response_url' })).toMatchObject([{ channel: 'C1', user: 'U1', text: 'done' }]);
  });

  it('a block action on a message: the payload Slack builds from the clicked button', async () => {
    const blocks = [
      {
        type: 'actions',
        block_id: 'choices',
        elements: [{ type: 'button', action_id: 'go', value: 'v1', text: { type: 'plain_text', text: 'Go' } }],
      },
    ];
    const { ts = '' } = await h.client.chat.postMessage({ channel: 'C1', text: 'pick', blocks });
    const result = await driver.blockAction({
      userId: 'U1',
      channelId: 'C1',
      messageTs: ts,
      actions: [{ action_id: 'go' }],
    });
    expect(payload()).toMatchObject({
      type: 'block_actions',
      team: { id: 'T0SIM' },
      user: { id: 'U1', username: 'u1', name: 'u1', team_id: 'T0SIM' },
      api_app_id: 'A0SIM',
      trigger_id: result.triggerId,
      container: { type: 'message', message_ts: ts, channel_id: 'C1', is_ephemeral: false },
      channel: { id: 'C1', name: 'general' },
      message: { ts, text: 'pick', blocks, bot_id: 'B0BOT' },
      response_url: result.responseUrl,
      actions: [
        {
          type: 'button',
          action_id: 'go',
          block_id: 'choices',
          value: 'v1',
          text: { text: 'Go' },
          action_ts: expect.any(String),
        },
      ],
    });
    expect(payload().message).not.toHaveProperty('metadata');
    await fetch(result.responseUrl, { method: 'POST', body: JSON.stringify({ replace_original: true, text: 'gone' }) });
    expect(h.sim.messages({ kind: 'message' })[0]?.text).toBe('gone');
  });

  it('a block action in a modal: view container, the view as Slack has it, no response_url', async () => {
    const opened = await h.client.views.open({
      trigger_id: h.sim.issueTriggerId('U1'),
      view: { type: 'modal', callback_id: 'm', title: { type: 'plain_text', text: 'T' }, blocks: [] },
    });
    const result = await driver.blockAction({
      userId: 'U1',
      view: { id: opened.view?.id },
      actions: [{ action_id: 'a', value: 'x' }],
    });
    expect(result.responseUrl).toBe('');
    expect(payload()).toMatchObject({
      container: { type: 'view', view_id: opened.view?.id },
      view: { id: opened.view?.id, callback_id: 'm', hash: opened.view?.hash },
      actions: [{ action_id: 'a', value: 'x' }],
    });
    expect(payload()).not.toHaveProperty('response_url');
  });

  it('a view submission: the opened view with state.values, hash and ids', async () => {
    const sent = {
      type: 'modal' as const,
      callback_id: 'checkin',
      private_metadata: '{"c":1}',
      title: { type: 'plain_text' as const, text: 'T' },
      blocks: [],
    };
    const opened = await h.client.views.open({ trigger_id: h.sim.issueTriggerId('U1'), view: sent });
    const values = { progress: { text: { type: 'plain_text_input', value: 'Done' } } };
    await driver.viewSubmission({ userId: 'U1', view: h.sim.views()[0]?.view as never, values, userTeamId: 'T0OTHER' });
    expect(payload()).toMatchObject({
      type: 'view_submission',
      user: { id: 'U1', team_id: 'T0OTHER' },
      trigger_id: expect.any(String),
      view: {
        id: opened.view?.id,
        callback_id: 'checkin',
        private_metadata: '{"c":1}',
        hash: opened.view?.hash,
        root_view_id: opened.view?.id,
        state: { values },
        app_id: 'A0SIM',
        bot_id: 'B0BOT',
      },
      response_urls: [],
    });
  });

  it('an event: a JSON envelope, with retry headers when asked', async () => {
    const result = await driver.event(
      { type: 'app_mention', user: 'U1', channel: 'C1', text: 'hi' },
      { retryNum: 1, retryReason: 'http_timeout', isExtSharedChannel: true },
    );
    expect(last().headers).toMatchObject({
      'content-type': 'application/json',
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(JSON.parse(last().body)).toEqual({
      token: expect.any(String),
      team_id: 'T0SIM',
      context_team_id: 'T0SIM',
      context_enterprise_id: null,
      api_app_id: 'A0SIM',
      event: { type: 'app_mention', user: 'U1', channel: 'C1', text: 'hi', event_ts: `${DRIVER_NOW / 1000}.000100` },
      type: 'event_callback',
      event_id: result.eventId,
      event_time: DRIVER_NOW / 1000,
      authorizations: [
        { enterprise_id: null, team_id: 'T0SIM', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false },
      ],
      is_ext_shared_channel: true,
    });
    await driver.event({ type: 'app_home_opened', user: 'U1' }, { eventId: 'Ev0FIXED' });
    expect(last().headers).not.toHaveProperty('x-slack-retry-num');
    expect(JSON.parse(last().body).event_id).toBe('Ev0FIXED');
  });
});

describe('the app’s answer', () => {
  it.each([
    ['JSON', { status: 200, type: 'application/json', body: '{"text":"hi"}' }, { text: 'hi' }],
    ['text', { status: 404, type: 'text/plain', body: 'nope' }, 'nope'],
    ['nothing', { status: 200, body: '' }, null],
  ])('is parsed: %s', async (_name, reply, expected) => {
    answer = reply;
    const result = await driver.event({ type: 'app_mention' });
    expect({ status: result.status, body: result.body }).toEqual({ status: reply.status, body: expected });
  });
});

it('uses the simulator clock for triggers but its own clock for signatures', async () => {
  const { triggerId } = await driver.command({ userId: 'U1', channelId: 'C1' });
  expect(triggerId.startsWith(String(START / 1000))).toBe(true);
});
