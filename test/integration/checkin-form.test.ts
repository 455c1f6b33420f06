import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beatAt } from '../helpers/beat.js';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

let world: TestWorld;

const tickAt = (at: string) => beatAt(world, at);

async function openForm(userId: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text: 'checkin' });
  await world.settle();
  const view = world.sim.views().at(-1)?.view;
  if (!view) throw new Error('no check-in form');
  return view;
}

const typed = (values: Record<string, string>, extra: Record<string, Record<string, unknown>> = {}) => ({
  ...Object.fromEntries(
    Object.entries(values).map(([key, value]) => [`q_${key}`, { answer: { type: 'plain_text_input', value } }]),
  ),
  ...extra,
});
const SHARE = { checkin_share_win: { share: { type: 'checkboxes', selected_options: [{ value: 'share' }] } } };

function openBlockers() {
  const coalition = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL);
  return world.app.repos.blockers.open(coalition?.id ?? 0);
}

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0ANNA', tz: 'Europe/London' },
  ]);
  await tickAt('2026-11-30T09:00:00Z');
});
afterEach(async () => {
  await world.close();
});

describe('a lighter check-in form', () => {
  it('says the privacy hint once, at the top, and asks nothing twice', async () => {
    const form = JSON.stringify((await openForm('U0ANNA')).blocks);
    expect(form.match(/Coalition-level only/g)).toHaveLength(1);
    expect(form.indexOf('Coalition-level only')).toBeLessThan(form.indexOf('"type":"input"'));
    expect(form).not.toMatch(/\(optional\)/);
    expect(form).not.toContain('checkin_override');
    expect(form).not.toContain('checkin_still_blocked');
    expect(form).toContain('What has moved forward');
  });

  it('keeps every choice when editing, "Celebrate it?" included', async () => {
    const first = await openForm('U0ANNA');
    await world.driver.viewSubmission({
      userId: 'U0ANNA',
      view: first as never,
      values: typed({ progress: 'Leaflets drafted', win: 'First assembly done' }, SHARE),
    });
    await world.settle();
    const edit = JSON.stringify((await openForm('U0ANNA')).blocks);
    expect(edit).toContain('"initial_value":"Leaflets drafted"');
    expect(edit).toMatch(
      /"block_id":"checkin_share_win".*"initial_options":\[\{"text":\{"type":"plain_text","text":"Share my win/,
    );
  });

  it('offers last week’s open blocker back as "still blocking?", and unticking it resolves it', async () => {
    const first = await openForm('U0ANNA');
    await world.driver.viewSubmission({
      userId: 'U0ANNA',
      view: first as never,
      values: typed({ progress: 'Planning', blockers: 'Need a venue for the parents’ evening' }),
    });
    await world.settle();
    await tickAt('2026-12-02T09:00:00Z'); // closes: the digest records the blocker
    expect(openBlockers()).toHaveLength(1);
    await tickAt('2026-12-07T09:00:00Z');
    const next = await openForm('U0ANNA');
    const text = JSON.stringify(next.blocks);
    expect(text).toContain('Still blocking you? Last time: “Need a venue');
    expect(text).toContain('Need a venue for the parents’ evening');
    await world.driver.viewSubmission({
      userId: 'U0ANNA',
      view: next as never,
      values: typed(
        { progress: 'Venue found' },
        { checkin_still_blocked: { still: { type: 'checkboxes', selected_options: [] } } },
      ),
    });
    await world.settle();
    expect(openBlockers()).toHaveLength(0);
  });

  it('shows the reason select only beside a flagged field, keeping what was typed', async () => {
    const form = await openForm('U0ANNA');
    const text = 'Our helpline 9434765919 is now staffed on Saturdays';
    const warned = await world.driver.viewSubmission({
      userId: 'U0ANNA',
      view: form as never,
      values: typed({ progress: 'Planning', win: text }, SHARE),
    });
    expect(warned.body).toMatchObject({ response_action: 'update' });
    const view = (warned.body as { view: { blocks: Array<{ block_id?: string; element?: unknown }> } }).view;
    const ids = view.blocks.map((block) => block.block_id ?? '');
    expect(ids.indexOf('checkin_override')).toBe(ids.indexOf('q_win') + 2);
    expect(JSON.stringify(view)).toContain(text);
    // Nothing was saved yet, so the redrawn form still says Send, not "Save changes".
    expect((view as { submit?: { text?: string } }).submit?.text).toBe('Send');
    expect(JSON.stringify(view.blocks.find((block) => block.block_id === 'checkin_share_win'))).toContain(
      'initial_options',
    );
  });
});
