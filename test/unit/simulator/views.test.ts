import { describe, expect, it } from 'vitest';
import { outcome, useSimulator } from './sim-harness.js';

const h = useSimulator();
const modal = (title = 'Title', patch: Record<string, unknown> = {}) => ({
  type: 'modal' as const,
  callback_id: 'cb',
  title: { type: 'plain_text' as const, text: title },
  blocks: [],
  ...patch,
});

describe('triggers', () => {
  it('opens a view once per trigger, within 3 seconds of issue', async () => {
    const used = h.sim.issueTriggerId('U1');
    expect(await outcome(h.client.views.open({ trigger_id: used, view: modal() }))).toBe('ok');
    expect(await outcome(h.client.views.open({ trigger_id: used, view: modal() }))).toBe('exchanged_trigger_id');
    const onTime = h.sim.issueTriggerId('U1');
    h.advance(3000);
    expect(await outcome(h.client.views.open({ trigger_id: onTime, view: modal() }))).toBe('ok');
    const late = h.sim.issueTriggerId('U1');
    h.advance(3001);
    expect(await outcome(h.client.views.open({ trigger_id: late, view: modal() }))).toBe('expired_trigger_id');
    expect(await outcome(h.client.views.open({ trigger_id: '1.2.made-up', view: modal() }))).toBe('invalid_trigger_id');
  });
});

describe('views', () => {
  it.each([
    ['a 25-character title', modal('t'.repeat(25)), 'invalid_arguments'],
    [
      '101 blocks',
      modal('T', { blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }),
      'invalid_arguments',
    ],
    ['3001 characters of private_metadata', modal('T', { private_metadata: 'm'.repeat(3001) }), 'invalid_arguments'],
    ['a fine view', modal(), 'ok'],
  ])('views.open with %s', async (_name, view, expected) => {
    expect(await outcome(h.client.views.open({ trigger_id: h.sim.issueTriggerId('U1'), view }))).toBe(expected);
  });

  it('explains invalid_arguments in response_metadata', async () => {
    const error = await h.client.views
      .open({ trigger_id: h.sim.issueTriggerId('U1'), view: modal('t'.repeat(25)) })
      .catch((e) => e);
    expect(error.data.response_metadata.messages).toEqual([
      '[ERROR] must be less than 25 characters [json-pointer:/view/title/text]',
    ]);
  });

  it('records opened views with their user, and answers with the view Slack would', async () => {
    const { view } = await h.client.views.open({ trigger_id: h.sim.issueTriggerId('U1'), view: modal() });
    expect(view).toMatchObject({
      id: expect.stringMatching(/^V/),
      callback_id: 'cb',
      team_id: 'T0SIM',
      state: { values: {} },
    });
    expect(h.sim.views()).toMatchObject([{ id: view?.id, user: 'U1', kind: 'open', hash: view?.hash, view: modal() }]);
  });

  it('pushes up to three views, then push_limit_reached', async () => {
    const root = await h.client.views.open({ trigger_id: h.sim.issueTriggerId('U1'), view: modal() });
    const push = () => outcome(h.client.views.push({ trigger_id: h.sim.issueTriggerId('U1'), view: modal('Pushed') }));
    expect([await push(), await push(), await push()]).toEqual(['ok', 'ok', 'push_limit_reached']);
    expect(h.sim.views().at(-1)).toMatchObject({ kind: 'push', root_view_id: root.view?.id });
  });

  it('updates by view_id, keeps the id, checks the hash, and answers not_found for unknown views', async () => {
    const { view } = await h.client.views.open({ trigger_id: h.sim.issueTriggerId('U1'), view: modal() });
    const updated = await h.client.views.update({
      view_id: view?.id ?? '',
      hash: view?.hash ?? '',
      view: modal('Two'),
    });
    expect(updated.view).toMatchObject({ id: view?.id, title: { text: 'Two' } });
    expect(updated.view?.hash).not.toBe(view?.hash);
    const stale = h.client.views.update({ view_id: view?.id ?? '', hash: view?.hash ?? '', view: modal('Three') });
    expect(await outcome(stale)).toBe('hash_conflict');
    expect(await outcome(h.client.views.update({ view_id: 'V404', view: modal() }))).toBe('not_found');
    expect(h.sim.views().map((record) => record.kind)).toEqual(['open', 'update']);
  });

  it('publishes one Home tab per user, with a stable id', async () => {
    const home = { type: 'home' as const, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }] };
    const first = await h.client.views.publish({ user_id: 'U1', view: home });
    const second = await h.client.views.publish({ user_id: 'U1', view: home });
    expect(second.view?.id).toBe(first.view?.id);
    expect(await outcome(h.client.views.publish({ user_id: 'U404', view: home }))).toBe('user_not_found');
    expect(await outcome(h.client.views.publish({ user_id: 'U1', view: modal() }))).toBe('invalid_arguments');
    expect(h.sim.views().filter((record) => record.kind === 'publish' && record.user === 'U1')).toHaveLength(2);
  });
});
