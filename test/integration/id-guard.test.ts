import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { beatAt } from '../helpers/beat.js';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

/** Coalition A (U0A1 coordinates, U0A2 partners); coalition B next door (U0B1); U0NONE belongs to neither. */
const OTHER_CHANNEL = 'C0OTHERCH';
let world: TestWorld;
let ids: { coalition: number; cycle: number; task: number; blocker: number };

const tickAt = (at: string) => beatAt(world, at);

async function command(userId: string, text: string, channelId = COALITION_CHANNEL) {
  await world.driver.command({ userId, channelId, text });
  await world.settle();
}

async function checkIn(userId: string, values: Record<string, string>) {
  await command(userId, 'checkin');
  const view = world.sim.views().at(-1)?.view;
  const state = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [`q_${key}`, { answer: { type: 'plain_text_input', value } }]),
  );
  await world.driver.viewSubmission({ userId, view: view as never, values: state });
  await world.settle();
}

async function click(userId: string, action_id: string, value: string) {
  await world.driver.blockAction({ userId, actions: [{ action_id, value }], channelId: COALITION_CHANNEL });
  await world.settle();
  return world.sim.messages({ kind: 'response_url' }).at(-1)?.text ?? '';
}

const refusals = () =>
  world.app.repos.auditLog
    .recent(world.sim.teamId, ids.coalition, 50)
    .filter((entry) => entry.action === 'access.refused')
    .map((entry) => [entry.actorUserId, entry.subject]);

beforeAll(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0A1', tz: 'Europe/London' },
    { id: 'U0A2', tz: 'Europe/London' },
  ]);
  world.sim.addUser({ id: 'U0B1', name: 'b1', real_name: 'B One', tz: 'Europe/London' });
  world.sim.addUser({ id: 'U0NONE', name: 'none', real_name: 'No One', tz: 'Europe/London' });
  world.sim.addChannel({ id: OTHER_CHANNEL, name: 'other-coalition', members: ['U0B1'] });
  await command('U0B1', 'setup Other Coalition', OTHER_CHANNEL);
  await command('U0A1', 'assign <@U0A2> Draft the referral leaflet due:2026-12-20');
  await tickAt('2026-11-30T08:00:00Z');
  await tickAt('2026-11-30T09:00:00Z');
  await checkIn('U0A2', { progress: 'Leaflet drafted', blockers: 'We need a venue for the parents’ evening' });
  await tickAt('2026-12-02T09:00:00Z');
  const coalition = world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL)?.id ?? 0;
  ids = {
    coalition,
    cycle: world.app.repos.cycles.latest(coalition)?.id ?? 0,
    task: world.app.repos.tasks.listByCoalition(coalition)[0]?.id ?? 0,
    blocker: world.app.repos.blockers.open(coalition)[0]?.id ?? 0,
  };
  expect(Object.values(ids).every((id) => id > 0)).toBe(true);
}, 30_000);
afterEach(async () => {
  await world.settle();
});

describe('an interaction naming an id is checked against that id’s coalition', () => {
  it('refuses “I can help” from another coalition and from nobody’s, and accepts it from a member', async () => {
    for (const outsider of ['U0B1', 'U0NONE']) {
      expect(await click(outsider, 'digest_offer_help', String(ids.blocker))).toMatch(/not part of/);
    }
    expect(world.app.repos.blockers.offers(ids.blocker)).toEqual([]);
    expect(refusals()).toEqual(
      expect.arrayContaining([
        ['U0B1', `blocker:${ids.blocker}`],
        ['U0NONE', `blocker:${ids.blocker}`],
      ]),
    );
    expect(await click('U0A1', 'digest_offer_help', String(ids.blocker))).not.toMatch(/not part of/);
    expect(world.app.repos.blockers.offers(ids.blocker)).toEqual(['U0A1']);
  });

  it('refuses task, cycle, blocker and erase buttons from outside, changing nothing', async () => {
    const viewsBefore = world.sim.views().length;
    const cases: Array<[string, string]> = [
      ['task_done', String(ids.task)],
      ['task_blocked', String(ids.task)],
      ['task_status_menu', `${ids.task}:dropped`],
      ['checkin_open', String(ids.cycle)],
      ['checkin_skip', String(ids.cycle)],
      ['checkin_away_open', String(ids.cycle)],
      ['digest_resolve_blocker', String(ids.blocker)],
      ['erase_confirm', `${ids.coalition}:U0A2`],
      ['profile_open', String(ids.coalition)],
    ];
    for (const [actionId, value] of cases) {
      const actions = [
        actionId === 'task_status_menu'
          ? { action_id: actionId, type: 'overflow', selected_option: { value } }
          : { action_id: actionId, value },
      ];
      await world.driver.blockAction({ userId: 'U0B1', actions: actions as never, channelId: COALITION_CHANNEL });
      await world.settle();
      expect(world.sim.messages({ kind: 'response_url' }).at(-1)?.text, actionId).toMatch(/not part of/);
    }
    expect(world.sim.views()).toHaveLength(viewsBefore);
    expect(world.app.repos.tasks.findById(ids.task)?.status).toBe('not_started');
    expect(world.app.repos.blockers.find(ids.blocker)?.resolvedAt).toBeNull();
    expect(world.app.repos.people.find(ids.coalition, 'U0A2')?.active).toBe(true);
    expect(refusals().filter(([actor]) => actor === 'U0B1').length).toBeGreaterThanOrEqual(cases.length);
  });

  it('refuses forms that carry another coalition’s id, with the reason beside the field', async () => {
    const forms = [
      { callback_id: 'checkin_modal', private_metadata: JSON.stringify({ cycleId: ids.cycle }), block: 'q_progress' },
      {
        callback_id: 'away_modal',
        private_metadata: JSON.stringify({ coalitionId: ids.coalition }),
        block: 'away_until',
      },
      {
        callback_id: 'task_note_modal',
        private_metadata: JSON.stringify({ taskId: ids.task, status: 'blocked' }),
        block: 'task_note',
      },
      {
        callback_id: 'schedule_modal',
        private_metadata: JSON.stringify({ coalitionId: ids.coalition }),
        block: 'schedule_cadence',
      },
    ];
    for (const form of forms) {
      const result = await world.driver.viewSubmission({
        userId: 'U0B1',
        view: {
          callback_id: form.callback_id,
          private_metadata: form.private_metadata,
          blocks: [{ type: 'input', block_id: form.block, element: { type: 'plain_text_input', action_id: 'x' } }],
        },
        values: { [form.block]: { x: { type: 'plain_text_input', value: 'from outside' } } },
      });
      expect(result.status).toBe(200);
      expect(result.body, form.callback_id).toMatchObject({
        response_action: 'errors',
        errors: { [form.block]: expect.stringMatching(/not part of/) },
      });
    }
    const cycle = world.app.repos.cycles.findById(ids.cycle);
    expect(JSON.stringify(world.app.repos.responses.listForCycle(cycle?.id ?? 0))).not.toContain('from outside');
  });
});
