import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type SlackSimulator, signSlackRequest } from '../src/simulator/index.js';
import { BENCH_SIGNING_SECRET } from './processes.js';

export const BENCH_CHANNEL = 'C0BENCH';

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
  responseUrl: string;
}

/** A slash command exactly as Slack sends it: form-encoded, with a fresh response_url, signed. */
export function slashCommand(sim: SlackSimulator, userId: string, text: string): SignedRequest {
  const responseUrl = sim.newResponseUrl({ channel: BENCH_CHANNEL, user: userId });
  const body = new URLSearchParams({
    token: 'bench-verification-token',
    team_id: sim.teamId,
    team_domain: 'simulated',
    channel_id: BENCH_CHANNEL,
    channel_name: 'bench',
    user_id: userId,
    user_name: userId.toLowerCase(),
    command: '/coalition',
    text,
    api_app_id: sim.appId,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: sim.issueTriggerId(userId),
  }).toString();
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    ...signSlackRequest(BENCH_SIGNING_SECRET, body, Math.floor(Date.now() / 1000)),
  };
  return { body, headers, responseUrl };
}

const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/** Posts to the app's request URL; resolves with the status and when the answer ended (performance.now()). */
export function send(url: string, signed: SignedRequest): Promise<{ status: number; endedAt: number }> {
  return new Promise((resolve) => {
    const req = request(`${url}/slack/events`, { method: 'POST', agent, headers: signed.headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, endedAt: performance.now() }));
    });
    req.on('error', () => resolve({ status: 0, endedAt: performance.now() }));
    req.end(signed.body);
  });
}

/** Waits until the app has answered every one of these response_urls (its post-ack work is done), or gives up. */
export async function answered(sim: SlackSimulator, responseUrls: string[], timeoutMs: number): Promise<boolean> {
  const waiting = new Set(responseUrls);
  const deadline = performance.now() + timeoutMs;
  let seen = 0;
  while (performance.now() < deadline) {
    const messages = sim.messages({ kind: 'response_url' });
    for (; seen < messages.length; seen += 1) waiting.delete(messages[seen]?.response_url ?? '');
    if (waiting.size === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return waiting.size === 0;
}

/** Sends a command and waits for its answer by response_url: for setting things up before measuring. */
export async function commandAndWait(sim: SlackSimulator, url: string, userId: string, text: string): Promise<void> {
  const signed = slashCommand(sim, userId, text);
  const { status } = await send(url, signed);
  if (status !== 200) throw new Error(`/coalition ${text} answered ${status}`);
  if (!(await answered(sim, [signed.responseUrl], 60_000))) throw new Error(`/coalition ${text}: no answer`);
}
