import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beatAt } from '../helpers/beat.js';
import {
  COALITION_CHANNEL,
  dmOwners,
  lastPublishedHome,
  openHomeAs,
  setUpCoalition,
} from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

let world: TestWorld;

const tickAt = (at: string) => beatAt(world, at);

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

const publishedHome = () => lastPublishedHome(world.sim);
const openHome = (userId: string) => openHomeAs(world, userId);

/** Clicks an element of the person's Home, found by its action id (and value, when given). */
async function onHome(userId: string, actionId: string, pick: (value: string) => boolean = () => true) {
  const view = publishedHome();
  const elements = JSON.stringify(view?.blocks ?? []);
  const value = [...elements.matchAll(new RegExp(`"action_id":"${actionId}"[^}]*?"value":"([^"]+)"`, 'g'))]
    .map((match) => match[1] ?? '')
    .find(pick);
  await world.driver.blockAction({
    userId,
    view: view as never,
    actions: [{ action_id: actionId, value: value ?? '' }],
  });
  await world.settle();
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
    expect(coordinatorHome).toContain('U0QUIET');
    expect(coordinatorHome).toContain('Send a friendly note');
    expect(coordinatorHome).not.toContain('U0ACTIVE');
    expect(coordinatorHome).toContain('Not at the table yet');

    const partnerHome = await openHome('U0ACTIVE');
    expect(partnerHome).not.toContain('Quiet lately');
    expect(partnerHome).not.toContain('U0QUIET');
    expect(partnerHome).toContain('Your tasks');
    // Nor does any channel message name them as quiet.
    expect(JSON.stringify(world.sim.messages({ channel: COALITION_CHANNEL }))).not.toContain('U0QUIET');
  });

  it('lets a partner check in, skip or say they are away from Home, with the close time', async () => {
    await tickAt('2026-11-23T09:00:00Z');
    const home = await openHome('U0ACTIVE');
    expect(home).toContain('Your check-in for');
    expect(home).toMatch(
      /until <!date\^\d+\^\{date_short_pretty\} at \{time\}\|Wed 25 Nov 2026, 09:00 \(Europe\/London\)>/,
    );
    for (const label of ['Check in', 'Skip this time', 'I’m away until…', 'Edit my profile'])
      expect(home).toContain(label);
    await onHome('U0ACTIVE', 'home_skip');
    const after = JSON.stringify(publishedHome()?.blocks);
    expect(after).toContain('You skipped the check-in');
    expect(after).not.toContain('Skip this time');
  });

  it('stops offering the check-in once the partner’s window has closed', async () => {
    await tickAt('2026-11-23T09:00:00Z');
    expect(await openHome('U0ACTIVE')).toContain('Your check-in for');
    await tickAt('2026-11-25T09:01:00Z');
    const after = await openHome('U0ACTIVE');
    expect(after).not.toContain('Your check-in for');
    expect(after).not.toContain('Skip this time');
  });

  it('redraws the partner’s Home once they check in from it', async () => {
    await tickAt('2026-11-23T09:00:00Z');
    await openHome('U0ACTIVE');
    await onHome('U0ACTIVE', 'checkin_open');
    const form = world.sim.views().at(-1)?.view;
    expect(form?.callback_id).toBe('checkin_modal');
    await world.driver.viewSubmission({
      userId: 'U0ACTIVE',
      view: form as never,
      values: { q_progress: { answer: { type: 'plain_text_input', value: 'Progress' } } },
    });
    await world.settle();
    expect(JSON.stringify(publishedHome()?.blocks)).toContain('You have checked in');
  });

  it('redraws the partner’s Home when they say they are away from it', async () => {
    await tickAt('2026-11-23T09:00:00Z');
    await openHome('U0ACTIVE');
    await onHome('U0ACTIVE', 'checkin_away_open');
    const form = world.sim.views().at(-1)?.view;
    await world.driver.viewSubmission({
      userId: 'U0ACTIVE',
      view: form as never,
      values: { away_until: { until: { type: 'datepicker', selected_date: '2026-12-06' } } },
    });
    await world.settle();
    expect(JSON.stringify(publishedHome()?.blocks)).toMatch(
      /You are away until <!date\^\d+\^\{date_short_pretty\}\|Sun 6 Dec 2026>/,
    );
  });

  it('redraws Home when a profile is edited from it, so the sectors at the table are current', async () => {
    const notAtTable = (home: string | undefined) => /Not at the table yet:\*([^.]*)\./.exec(home ?? '')?.[1] ?? '';
    expect(notAtTable(await openHome('U0COORD'))).toContain('Police');
    await onHome('U0COORD', 'profile_open');
    const form = world.sim.views().at(-1)?.view;
    await world.driver.viewSubmission({
      userId: 'U0COORD',
      view: form as never,
      values: {
        profile_organisation: { organisation: { type: 'plain_text_input', value: 'Northside Police' } },
        profile_sector: { sector: { type: 'static_select', selected_option: { value: 'police' } } },
      },
    });
    await world.settle();
    const redrawn = JSON.stringify(publishedHome()?.blocks);
    expect(notAtTable(redrawn)).not.toContain('Police');
    expect(notAtTable(redrawn)).toContain('Health');
  });

  it('lets a partner change a task’s status from Home, and shows the change', async () => {
    await world.driver.command({
      userId: 'U0COORD',
      channelId: COALITION_CHANNEL,
      text: 'assign <@U0ACTIVE> Book the hall',
    });
    await world.settle();
    const home = await openHome('U0ACTIVE');
    expect(home).toContain('home_task_status');
    const taskId = /"value":"(\d+):not_started"/.exec(home)?.[1];
    await world.driver.blockAction({
      userId: 'U0ACTIVE',
      view: publishedHome() as never,
      actions: [
        {
          action_id: 'home_task_status',
          type: 'static_select',
          selected_option: { value: `${taskId}:on_track` },
        } as never,
      ],
    });
    await world.settle();
    const coalition = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);
    expect(world.app.repos.tasks.findByNumber(coalition?.id ?? 0, 1)?.status).toBe('on_track');
    expect(JSON.stringify(publishedHome()?.blocks)).toContain(
      `"initial_option":{"text":{"type":"plain_text","text":"On track","emoji":true},"value":"${taskId}:on_track"}`,
    );
  });

  it('lets a coordinator send a quiet partner a friendly note, by DM only', async () => {
    await openHome('U0COORD');
    await onHome('U0COORD', 'home_friendly_note');
    const form = world.sim.views().at(-1)?.view;
    expect(form?.callback_id).toBe('friendly_note_modal');
    await world.driver.viewSubmission({
      userId: 'U0COORD',
      view: form as never,
      values: { friendly_note: { text: { type: 'plain_text_input', value: 'Hi! Hope all is well <!channel>' } } },
    });
    await world.settle();
    const owners = dmOwners(world.sim);
    const toQuiet = world.sim
      .messages({ kind: 'message' })
      .filter((message) => owners.get(message.channel) === 'U0QUIET');
    expect(JSON.stringify(toQuiet.at(-1)?.blocks)).toContain('Hope all is well &lt;!channel&gt;');
    expect(JSON.stringify(toQuiet.at(-1)?.blocks)).toContain('<@U0COORD>');
    expect(JSON.stringify(world.sim.messages({ channel: COALITION_CHANNEL }))).not.toContain('Hope all is well');
    expect(JSON.stringify(world.sim.views().at(-1)?.view.blocks)).toContain('✅ Sent to <@U0QUIET>');
  });

  it('refuses a partner who presses a coordinator’s button, kindly', async () => {
    const coalition = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);
    await openHome('U0ACTIVE');
    await world.driver.blockAction({
      userId: 'U0ACTIVE',
      view: publishedHome() as never,
      actions: [{ action_id: 'home_friendly_note', value: `${coalition?.id}:U0QUIET` }],
    });
    await world.settle();
    expect(JSON.stringify(world.sim.views().at(-1)?.view.blocks)).toMatch(/Only coordinators can send friendly notes/);
  });

  it('shows a coordinator this check-in’s count so far and opens the digest preview', async () => {
    await tickAt('2026-11-23T09:00:00Z');
    await answer('U0ACTIVE');
    const home = await openHome('U0COORD');
    expect(home).toContain('1 of 3 checked in so far');
    // Three partners, each in no sector: too few to show on their own, counted together.
    expect(home).toContain('Smaller sectors together 1 of 3');
    await onHome('U0COORD', 'home_preview_digest');
    const preview = world.sim.views().at(-1)?.view;
    expect(JSON.stringify(preview?.blocks)).toContain('Only you see this preview');
    expect(JSON.stringify(preview?.blocks)).toContain('1 of 3');
  });
});
