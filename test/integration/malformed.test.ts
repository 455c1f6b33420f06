import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

// Slack gives up on an interaction after 3 s; answers must come well inside that.
const ACK_BUDGET_MS = 2500;
let world: TestWorld;

/** Posts an interaction payload exactly as given (however broken), signed, and times the answer. */
async function interact(payload: Record<string, unknown>) {
  const started = Date.now();
  const result = await world.driver.raw({
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  });
  const elapsed = Date.now() - started;
  await world.settle();
  return { ...result, elapsed };
}

const warnings = (pattern: RegExp) =>
  world.logs.filter((line) => JSON.parse(line).level === 40 && pattern.test(JSON.parse(line).msg));
const lastNotice = () => world.sim.messages({ kind: 'response_url' }).at(-1)?.text ?? '';
const responseUrl = () => world.sim.newResponseUrl({ channel: COALITION_CHANNEL, user: 'U0ANNA' });
const base = { api_app_id: 'A0SIM', token: 'x', team: { id: 'T0SIM', domain: 'simulated' }, trigger_id: 't.1' };
const user = { id: 'U0ANNA', name: 'anna', team_id: 'T0SIM' };
const input = (block_id: string) => ({
  type: 'input',
  block_id,
  element: { type: 'plain_text_input', action_id: 'answer' },
});

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0ANNA', tz: 'Europe/London' },
  ]);
});
afterEach(async () => {
  await world.close();
});

describe('malformed and unknown interactions are acked in time and answered in words', () => {
  it('block_actions without a user: 200 at once, a notice by response_url, one warning', async () => {
    const result = await interact({
      ...base,
      type: 'block_actions',
      response_url: responseUrl(),
      actions: [{ action_id: 'checkin_open', value: '1', type: 'button' }],
    });
    expect(result.status).toBe(200);
    expect(result.elapsed).toBeLessThan(ACK_BUDGET_MS);
    expect(lastNotice()).toMatch(/could not read that/);
    expect(warnings(/unreadable interaction/)).toHaveLength(1);
  });

  it('a check-in submission without view.state: a field error, not a TypeError', async () => {
    const result = await interact({
      ...base,
      type: 'view_submission',
      user,
      view: {
        id: 'V1',
        callback_id: 'checkin_modal',
        private_metadata: '{"cycleId":1}',
        blocks: [input('q_progress')],
      },
    });
    expect(result.status).toBe(200);
    expect(result.elapsed).toBeLessThan(ACK_BUDGET_MS);
    expect(result.body).toMatchObject({
      response_action: 'errors',
      errors: { q_progress: expect.stringMatching(/could not read that/) },
    });
  });

  it('an unknown action_id: acked, told by response_url, logged once at warn', async () => {
    const started = Date.now();
    const result = await world.driver.blockAction({
      userId: 'U0ANNA',
      actions: [{ action_id: 'retired_button', value: '1' }],
      channelId: COALITION_CHANNEL,
    });
    await world.settle();
    expect(result.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(ACK_BUDGET_MS);
    expect(lastNotice()).toMatch(/older version/);
    expect(warnings(/no listener/)).toHaveLength(1);
  });

  it('an unknown callback_id: the form is replaced by a notice, logged once at warn', async () => {
    const result = await world.driver.viewSubmission({
      userId: 'U0ANNA',
      view: { callback_id: 'retired_modal', blocks: [] },
      values: {},
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(result.body)).toMatch(/older version/);
    expect(warnings(/no listener/)).toHaveLength(1);
  });

  it('a button whose value cannot be read: a notice, not “something went wrong”', async () => {
    const result = await world.driver.blockAction({
      userId: 'U0ANNA',
      actions: [{ action_id: 'checkin_open', value: 'not-a-number' }],
      channelId: COALITION_CHANNEL,
    });
    await world.settle();
    expect(result.status).toBe(200);
    expect(lastNotice()).toMatch(/could not read that/);
  });

  it('an event envelope without its event is acked rather than left to time out', async () => {
    const started = Date.now();
    const result = await world.driver.raw({
      body: JSON.stringify({ type: 'event_callback', team_id: 'T0SIM', api_app_id: 'A0SIM', event_id: 'Ev1' }),
      contentType: 'application/json',
    });
    expect(result.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(ACK_BUDGET_MS);
  });
});
