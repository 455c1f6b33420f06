import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beatAt } from '../helpers/beat.js';
import { COALITION_CHANNEL, dmOwners, isHello, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

/** Setup's welcome and hello DMs are not what these tests count. */
const notHello = (message: { metadata?: unknown }) => !isHello(message);

let world: TestWorld;

async function command(userId: string, text: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text });
  await world.settle();
  return world.sim.messages({ kind: 'response_url' }).at(-1);
}

const tickAt = (at: string) => beatAt(world, at);

const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0ANNA', tz: 'America/New_York' },
  ]);
});
afterEach(async () => {
  await world.close();
});

describe('schedule settings', () => {
  it('opens the schedule form for a coordinator, answers missing days in place, and saves a valid one', async () => {
    await command('U0COORD', 'schedule');
    const view = world.sim.views().at(-1)?.view;
    expect(view?.callback_id).toBe('schedule_modal');
    const values = {
      schedule_cadence: select('fortnightly'),
      schedule_days: { value: { type: 'checkboxes', selected_options: [] } },
      schedule_time: { value: { type: 'timepicker', selected_time: '14:30' } },
      schedule_clock: { value: { type: 'radio_buttons', selected_option: { value: 'partner' } } },
      schedule_window: select('2880'),
      schedule_reminders: select('1'),
      schedule_skipped: { value: { type: 'plain_text_input', value: '2026-12-29' } },
    };
    const missing = await world.driver.viewSubmission({ userId: 'U0COORD', view: view as never, values });
    expect(missing.body).toMatchObject({
      response_action: 'errors',
      errors: { schedule_days: expect.stringMatching(/tick the day/) },
    });

    const days = { value: { type: 'checkboxes', selected_options: [{ value: '2' }, { value: '4' }] } };
    const saved = await world.driver.viewSubmission({
      userId: 'U0COORD',
      view: view as never,
      values: { ...values, schedule_days: days },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toBeNull();
    const reply = await command('U0ANNA', 'schedule show');
    expect(reply?.text).toMatch(/every other week on Tue, Thu at 14:30/);
  });

  it('saves a daily schedule from the form with windows that end at the next check-in, and refuses two days', async () => {
    await command('U0COORD', 'schedule');
    const view = world.sim.views().at(-1)?.view;
    const windowOptions = JSON.stringify(view?.blocks);
    expect(windowOptions).toContain('Until the next check-in');
    const values = (window: string) => ({
      schedule_cadence: select('daily'),
      schedule_time: { value: { type: 'timepicker', selected_time: '09:00' } },
      schedule_clock: { value: { type: 'radio_buttons', selected_option: { value: 'partner' } } },
      schedule_window: select(window),
      schedule_reminders: select('1'),
    });
    const tooLong = await world.driver.viewSubmission({
      userId: 'U0COORD',
      view: view as never,
      values: values('2880'),
    });
    expect(JSON.stringify(tooLong.body)).toMatch(/errors/);
    expect((await command('U0ANNA', 'schedule show'))?.text).toMatch(/every week on Mon at 09:00/);

    const saved = await world.driver.viewSubmission({
      userId: 'U0COORD',
      view: view as never,
      values: values('until_next'),
    });
    expect(saved.body).toBeNull();
    expect((await command('U0ANNA', 'schedule show'))?.text).toMatch(/every day at 09:00/);
  });

  it('refuses a partner who tries to change the schedule, saying who can', async () => {
    const reply = await command('U0ANNA', 'schedule daily 09:00');
    expect(reply?.text).toMatch(/Only coordinators can change the check-in schedule/);
    expect((await command('U0ANNA', 'schedule show'))?.text).toMatch(/every week on Mon at 09:00/);
  });

  it('answers a schedule it cannot read with an example', async () => {
    const reply = await command('U0COORD', 'schedule weekly 09:00');
    expect(reply?.text).toMatch(/needs a day/);
    expect(reply?.text).toContain('/coalition schedule weekly mon 09:00');
  });

  it('pauses and resumes: no cycle opens while paused', async () => {
    await command('U0COORD', 'schedule pause');
    await tickAt('2026-11-30T15:00:00Z');
    expect(world.sim.messages({ kind: 'message' }).filter(notHello)).toHaveLength(0);
    await command('U0COORD', 'schedule resume');
    await tickAt('2026-12-07T15:00:00Z');
    expect(world.sim.messages({ kind: 'message' }).filter(notHello).length).toBeGreaterThan(0);
  });
});

describe('the question set', () => {
  it('lets a coordinator add a 1–5 question for the next cycle while the open one keeps what it asked', async () => {
    await tickAt('2026-11-30T09:00:00Z');
    await command('U0COORD', 'question add "How confident do you feel about referrals?" scale required');
    const listed = await command('U0ANNA', 'questions');
    expect(JSON.stringify(listed?.blocks)).toMatch(/6\. How confident do you feel about referrals\?/);

    await command('U0COORD', 'checkin');
    expect(JSON.stringify(world.sim.views().at(-1)?.view.blocks)).not.toContain('referrals');
    await tickAt('2026-12-07T09:00:00Z');
    await command('U0COORD', 'checkin');
    const blocks = JSON.stringify(world.sim.views().at(-1)?.view.blocks);
    expect(blocks).toContain('referrals');
    expect(blocks).toContain('static_select');
  });

  it('refuses a partner editing questions and keeps the set', async () => {
    const reply = await command('U0ANNA', 'question remove 1');
    expect(reply?.text).toMatch(/Only coordinators can edit the check-in questions/);
    expect(JSON.stringify((await command('U0ANNA', 'questions'))?.blocks)).toContain(
      '1. What has moved forward since last time?',
    );
  });
});

describe('timezone changes', () => {
  it('prompts a partner by their new timezone from the next cycle', async () => {
    const promptedAt: string[] = [];
    const annaPrompts = () => {
      const owners = dmOwners(world.sim);
      return world.sim
        .calls('chat.postMessage')
        .filter(
          (call) =>
            owners.get(String(call.args.channel)) === 'U0ANNA' &&
            (call.args.metadata as { event_type?: string } | undefined)?.event_type === 'checkin_prompt',
        ).length;
    };
    const stepThrough = async (from: string, to: string) => {
      for (let at = Date.parse(from); at <= Date.parse(to); at += 15 * 60_000) {
        const before = annaPrompts();
        await tickAt(new Date(at).toISOString());
        if (annaPrompts() > before) promptedAt.push(new Date(at).toISOString());
      }
    };
    await stepThrough('2026-11-30T08:00:00Z', '2026-11-30T15:00:00Z');
    await world.driver.event({
      type: 'user_change',
      user: { id: 'U0ANNA', name: 'anna', tz: 'Asia/Kolkata', profile: { display_name: 'Anna' } },
    });
    await world.settle();
    await stepThrough('2026-12-06T12:00:00Z', '2026-12-07T15:00:00Z');
    // New York 09:00 on 30 November; Kolkata 09:00 on 7 December.
    expect(promptedAt).toEqual(['2026-11-30T14:00:00.000Z', '2026-12-07T03:30:00.000Z']);
  });
});
