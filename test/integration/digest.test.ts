import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beatAt } from '../helpers/beat.js';
import { COALITION_CHANNEL, type Partner, setUpCoalition, checkIn as submitCheckin } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

const SECTORS = ['education', 'health', 'police', 'parents_carers', 'voluntary_community'];
const PARTNERS: Partner[] = Array.from({ length: 12 }, (_, index) => ({
  id: `U0P${String(index + 1).padStart(2, '0')}`,
  tz: index % 2 ? 'Europe/London' : 'Europe/Paris',
}));
let world: TestWorld;

const tickAt = (at: string) => beatAt(world, at);

async function command(userId: string, text: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text });
  await world.settle();
  return world.sim.messages({ kind: 'response_url' }).at(-1);
}

const checkIn = (userId: string, values: Record<string, string>, shareWin = false) =>
  submitCheckin(world, userId, values, shareWin);

const channelMessages = () =>
  world.sim.messages({ channel: COALITION_CHANNEL }).filter((message) => message.kind !== 'response_url');
const summaries = () =>
  channelMessages().filter((message) => !message.thread_ts && /check-in for/.test(JSON.stringify(message.blocks)));

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, PARTNERS);
  for (const [index, partner] of PARTNERS.entries()) {
    await command('U0P01', `partner <@${partner.id}> org:"Org ${index % 6}" sector:${SECTORS[index % 5]}`);
  }
  await tickAt('2026-11-30T08:00:00Z');
  await tickAt('2026-11-30T09:00:00Z');
});
afterEach(async () => {
  await world.close();
});

describe('a whole cycle of 12 partners in 5 sectors', () => {
  it('posts one summary, full answers in the thread, a late answer later, and records I can help', async () => {
    for (const [index, partner] of PARTNERS.slice(0, 10).entries()) {
      await checkIn(partner.id, {
        progress: `Progress note ${index + 1}`,
        win: `Small win ${index + 1}`,
        ...(index === 2 ? { blockers: 'We need a venue for the parents’ evening' } : {}),
        private_note: `PRIVATE-NOTE-${index + 1}`,
      });
    }
    await tickAt('2026-12-02T09:00:00Z');

    const [summary] = summaries();
    expect(summaries()).toHaveLength(1);
    const text = JSON.stringify(summary?.blocks);
    expect(text).toContain('*10 of 12* checked in');
    // No per-sector counts in the channel: in a small sector they point at who did not answer.
    for (const label of ['Education', 'Health', 'Police', 'Parents and carers', 'Voluntary and community'])
      expect(text).not.toMatch(new RegExp(`${label} \\d`));
    expect(text).not.toContain('Progress note');
    expect(JSON.stringify(summary)).not.toMatch(/<@U0P/);
    expect(text).toContain('Small win 1');
    expect(text).toContain('We need a venue');
    expect(text).toContain('I can help');

    const replies = channelMessages().filter((message) => message.thread_ts === summary?.ts);
    expect(replies).toHaveLength(10);
    expect(JSON.stringify(replies)).toContain('Progress note 7');

    await checkIn('U0P11', { progress: 'Sorry I am late: leaflet printed' });
    const afterLate = channelMessages().filter((message) => message.thread_ts === summary?.ts);
    expect(afterLate).toHaveLength(11);
    expect(JSON.stringify(afterLate.at(-1)?.blocks)).toMatch(/late/);
    expect(JSON.stringify(afterLate.at(-1)?.blocks)).toContain('leaflet printed');

    const blockerId = /"action_id":"digest_offer_help","value":"(\d+)"/.exec(text)?.[1] ?? '';
    await world.driver.blockAction({
      userId: 'U0P05',
      actions: [{ action_id: 'digest_offer_help', value: blockerId }],
      channelId: COALITION_CHANNEL,
      messageTs: summary?.ts,
    });
    await world.settle();
    const offered = channelMessages()
      .filter((message) => message.thread_ts === summary?.ts)
      .at(-1);
    expect(offered?.text).toMatch(/<@U0P03>, <@U0P05> has offered to help/);

    // Private notes reach coordinators by DM, and never any channel message.
    const inChannels = JSON.stringify(world.sim.messages().filter((message) => message.channel.startsWith('C')));
    expect(inChannels).not.toMatch(/PRIVATE-NOTE/);
    const dms = JSON.stringify(world.sim.messages().filter((message) => message.channel.startsWith('D')));
    expect(dms).toContain('PRIVATE-NOTE-3');
  });

  it('keeps a blocker with its offer in the next digest until its author marks it resolved', async () => {
    await checkIn('U0P03', { progress: 'Some progress', blockers: 'Need a venue' });
    await tickAt('2026-12-02T09:00:00Z');
    const text = JSON.stringify(summaries()[0]?.blocks);
    const blockerId = /"action_id":"digest_offer_help","value":"(\d+)"/.exec(text)?.[1] ?? '';
    await world.driver.blockAction({
      userId: 'U0P05',
      actions: [{ action_id: 'digest_offer_help', value: blockerId }],
      channelId: COALITION_CHANNEL,
    });
    await world.settle();
    await tickAt('2026-12-07T09:00:00Z');
    await tickAt('2026-12-09T09:00:00Z');
    const second = JSON.stringify(summaries()[1]?.blocks);
    expect(second).toContain('Need a venue');
    expect(second).toContain('1 offer of help so far');
    await world.driver.blockAction({
      userId: 'U0P03',
      actions: [{ action_id: 'digest_resolve_blocker', value: blockerId }],
      channelId: COALITION_CHANNEL,
    });
    await world.settle();
    await tickAt('2026-12-14T09:00:00Z');
    await tickAt('2026-12-16T09:00:00Z');
    expect(JSON.stringify(summaries()[2]?.blocks)).not.toContain('Need a venue');
  });

  it('previews privately for a coordinator and refuses a partner', async () => {
    await checkIn('U0P02', { progress: 'Progress', win: 'Preview me' });
    const preview = await command('U0P01', 'digest preview');
    expect(preview?.response_type).toBe('ephemeral');
    expect(JSON.stringify(preview?.blocks)).toContain('Preview me');
    expect(summaries()).toHaveLength(0);
    expect((await command('U0P02', 'digest'))?.text).toMatch(/Only coordinators can post the digest/);
    await command('U0P01', 'digest');
    expect(summaries()).toHaveLength(1);
  });

  it('celebrates a shared win only when its author ticks share', async () => {
    await checkIn('U0P02', { progress: 'x', win: 'Unshared win' });
    await checkIn('U0P04', { progress: 'y', win: 'Three schools joined the scheme' }, true);
    const celebrations = channelMessages().filter(
      (message) => /A win from/.test(message.text ?? '') || /A win from/.test(JSON.stringify(message.blocks)),
    );
    expect(celebrations).toHaveLength(1);
    expect(JSON.stringify(celebrations[0]?.blocks)).toContain('Three schools joined the scheme');
  });
});

describe('goals, milestones and celebrations', () => {
  it('celebrates a milestone once when manual progress reaches its target, and counts reactions in the next digest', async () => {
    await command('U0P01', 'goal add "Every school has a named safeguarding lead"');
    await command('U0P01', 'milestone add G-1 "3 of 3 schools confirmed" by:2027-03-31 target:3');
    await command('U0P01', 'milestone progress M-1 2');
    await command('U0P01', 'milestone progress M-1 3');
    await command('U0P01', 'milestone progress M-1 3');
    const shoutOuts = channelMessages().filter((message) => /Milestone reached/.test(message.text ?? ''));
    expect(shoutOuts).toHaveLength(1);
    expect(JSON.stringify(shoutOuts[0]?.blocks)).toContain('Every school has a named safeguarding lead');
    expect(world.sim.calls('reactions.add').map((call) => call.args.name)).toEqual(['tada']);

    for (const user of ['U0P02', 'U0P03']) {
      await world.driver.event({
        type: 'reaction_added',
        user,
        reaction: 'raised_hands',
        item: { type: 'message', channel: COALITION_CHANNEL, ts: shoutOuts[0]?.ts },
      });
    }
    await world.driver.event({
      type: 'reaction_added',
      user: 'U0P04',
      reaction: 'tada',
      item: { type: 'message', channel: COALITION_CHANNEL, ts: '1.000001' },
    });
    await world.settle();
    await tickAt('2026-12-02T09:00:00Z');
    expect(JSON.stringify(summaries()[0]?.blocks)).toContain('2 people celebrated');
    expect(JSON.stringify(summaries()[0]?.blocks)).toContain('M-1');
  });

  it('celebrates once when the last linked task is done, crediting its owners and organisations', async () => {
    await command('U0P01', 'goal add "Children know where to get help"');
    await command('U0P01', 'milestone add G-1 "Posters in every school" target:2');
    await command('U0P01', 'assign <@U0P02> Print posters due:friday milestone:M-1');
    await command('U0P01', 'assign <@U0P03> Deliver posters due:friday milestone:M-1');
    await command('U0P02', 'done T-1');
    expect(channelMessages().filter((message) => /Milestone reached/.test(message.text ?? ''))).toHaveLength(0);
    await command('U0P03', 'done T-2');
    const shoutOuts = channelMessages().filter((message) => /Milestone reached/.test(message.text ?? ''));
    expect(shoutOuts).toHaveLength(1);
    const text = JSON.stringify(shoutOuts[0]?.blocks);
    expect(text).toContain('<@U0P02> (Org 1)');
    expect(text).toContain('<@U0P03> (Org 2)');
    const goals = await command('U0P05', 'goals');
    expect(JSON.stringify(goals?.blocks)).toContain('reached');
  });

  it('adds a goal and a milestone through forms, answering problems beside the field', async () => {
    await command('U0P01', 'goal add');
    const goalForm = world.sim.views().at(-1)?.view;
    expect(goalForm?.callback_id).toBe('goal_modal');
    const tooShort = await world.driver.viewSubmission({
      userId: 'U0P01',
      view: goalForm as never,
      values: { goal_title: { value: { type: 'plain_text_input', value: 'x' } } },
    });
    expect(tooShort.body).toMatchObject({
      response_action: 'errors',
      errors: { goal_title: expect.stringMatching(/3 to 150/) },
    });
    await world.driver.viewSubmission({
      userId: 'U0P01',
      view: goalForm as never,
      values: { goal_title: { value: { type: 'plain_text_input', value: 'Children know where to get help' } } },
    });
    await world.settle();

    await command('U0P01', 'milestone add');
    const milestoneForm = world.sim.views().at(-1)?.view;
    expect(JSON.stringify(milestoneForm?.blocks)).toContain('G-1 Children know where to get help');
    const values = {
      milestone_goal: { value: { type: 'static_select', selected_option: { value: '1' } } },
      milestone_title: { value: { type: 'plain_text_input', value: 'Posters in 10 schools' } },
      milestone_target: { value: { type: 'number_input', value: '10' } },
      milestone_by: { value: { type: 'datepicker', selected_date: '2027-03-31' } },
    };
    const zeroTarget = { ...values, milestone_target: { value: { type: 'number_input', value: '0' } } };
    expect(
      (await world.driver.viewSubmission({ userId: 'U0P01', view: milestoneForm as never, values: zeroTarget })).body,
    ).toMatchObject({ response_action: 'errors', errors: { milestone_target: expect.stringMatching(/target/i) } });
    const expired = { ...(milestoneForm as object), private_metadata: '{}' };
    expect((await world.driver.viewSubmission({ userId: 'U0P01', view: expired as never, values })).body).toMatchObject(
      { response_action: 'errors', errors: { milestone_title: expect.stringMatching(/expired/) } },
    );
    expect(
      (await world.driver.viewSubmission({ userId: 'U0P01', view: milestoneForm as never, values })).body,
    ).toBeNull();
    await world.settle();
    expect(JSON.stringify((await command('U0P02', 'goals'))?.blocks)).toMatch(
      /M-1\* Posters in 10 schools: 0 of 10 · by <!date\^\d+\^\{date_short_pretty\}\|Wed 31 Mar 2027>/,
    );
  });

  it('posts kudos naming the person and organisation, with counts for coordinators only', async () => {
    await command('U0P02', 'kudos <@U0P03|three> for leading the school assemblies');
    const kudos = channelMessages().find((message) => /thank-you/i.test(message.text ?? ''));
    expect(JSON.stringify(kudos?.blocks)).toMatch(/Thank you <@U0P03> \(Org 2\).*leading the school assemblies/);
    expect((await command('U0P02', 'kudos counts'))?.text).toMatch(/Only coordinators/);
    expect((await command('U0P01', 'kudos counts'))?.text).toContain('<@U0P03>: 1');
  });
});
