import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

let world: TestWorld;

async function tickAt(at: string) {
  world.clock.set(at);
  await world.app.tick(new Date(at));
}

async function answer(userId: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text: 'checkin' });
  await world.settle();
  const view = world.sim.views().at(-1)?.view;
  await world.driver.viewSubmission({
    userId,
    view: view as never,
    values: { q_progress: { answer: { type: 'plain_text_input', value: 'Progress' } } },
  });
  await world.settle();
}

async function openHome(userId: string) {
  await world.driver.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home' });
  await world.settle();
  return JSON.stringify(
    world.sim
      .views()
      .filter((view) => view.kind === 'publish')
      .at(-1)?.view.blocks,
  );
}

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-11-01T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0ACTIVE', tz: 'Europe/London' },
    { id: 'U0QUIET', tz: 'Europe/London' },
  ]);
  for (const monday of ['2026-11-02', '2026-11-09', '2026-11-16']) {
    await tickAt(`${monday}T09:00:00Z`);
    await answer('U0COORD');
    await answer('U0ACTIVE');
    await tickAt(`${monday.slice(0, 8)}${String(Number(monday.slice(8)) + 2).padStart(2, '0')}T09:00:00Z`);
  }
});
afterEach(async () => {
  await world.close();
});

describe('App Home', () => {
  it('shows coordinators who has gone quiet, kindly, and never shows partners', async () => {
    const coordinatorHome = await openHome('U0COORD');
    expect(coordinatorHome).toContain('Quiet lately');
    expect(coordinatorHome).toContain('<@U0QUIET>');
    expect(coordinatorHome).not.toContain('<@U0ACTIVE>');
    expect(coordinatorHome).toContain('Not at the table yet');

    const partnerHome = await openHome('U0ACTIVE');
    expect(partnerHome).not.toContain('Quiet lately');
    expect(partnerHome).not.toContain('U0QUIET');
    expect(partnerHome).toContain('Your tasks');
    // Nor does any channel message name them as quiet.
    expect(JSON.stringify(world.sim.messages({ channel: COALITION_CHANNEL }))).not.toContain('U0QUIET');
  });
});
