import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackSimulator, startSlackSimulator } from '../../../src/simulator/index.js';

const modal = (title: string) => ({ type: 'modal', title: { type: 'plain_text', text: title }, blocks: [] });

describe('a Slack client’s side: modal stacks, Home, posting and reacting as a person', () => {
  let sim: SlackSimulator;
  beforeEach(async () => {
    sim = await startSlackSimulator();
    sim.addUser({ id: 'U1', name: 'amara' });
    sim.addChannel({ id: 'C1', name: 'coalition', members: ['U1'], botIsMember: true });
  });
  afterEach(() => sim.close());

  async function api(method: string, args: Record<string, unknown>) {
    const response = await fetch(`${sim.apiUrl}${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sim.botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    return (await response.json()) as Record<string, unknown>;
  }

  it('keeps the stack through response_action push, update, errors, a close and clear', async () => {
    await api('views.open', { trigger_id: sim.issueTriggerId('U1'), view: modal('First') });
    const [root] = sim.surfaces.modalStack('U1');
    expect(root?.view.title).toEqual({ type: 'plain_text', text: 'First' });
    const rootId = root?.id ?? '';
    expect(sim.surfaces.applyViewResponse('U1', rootId, { response_action: 'push', view: modal('Second') })).toEqual({
      action: 'push',
    });
    const pushed = sim.surfaces.modalStack('U1')[1];
    expect(pushed?.previous_view_id).toBe(rootId);
    expect(
      sim.surfaces.applyViewResponse('U1', pushed?.id ?? '', { response_action: 'update', view: modal('Third') })
        .action,
    ).toBe('update');
    expect(sim.surfaces.modalStack('U1').map((view) => (view.view.title as { text: string }).text)).toEqual([
      'First',
      'Third',
    ]);
    expect(sim.surfaces.applyViewResponse('U1', rootId, { response_action: 'errors', errors: { b: 'No' } })).toEqual({
      action: 'errors',
      errors: { b: 'No' },
    });
    expect(sim.surfaces.modalStack('U1')).toHaveLength(2);
    sim.surfaces.closeView('U1', pushed?.id ?? '');
    expect(sim.surfaces.modalStack('U1').map((view) => view.id)).toEqual([rootId]);
    expect(sim.surfaces.applyViewResponse('U1', rootId, null)).toEqual({ action: 'close' });
    expect(sim.surfaces.modalStack('U1')).toEqual([]);
  });

  it('posts and reacts as a person, which the Web API then reports as theirs', async () => {
    const message = sim.surfaces.postAsPerson({ channel: 'C1', user: 'U1', text: 'hello' });
    expect(sim.surfaces.react({ channel: 'C1', ts: message.ts, name: 'tada', user: 'U1', added: true })).toBe(true);
    expect(sim.surfaces.react({ channel: 'C1', ts: message.ts, name: 'tada', user: 'U1', added: true })).toBe(false);
    const history = await api('conversations.history', { channel: 'C1' });
    const [seen] = history.messages as Array<Record<string, unknown>>;
    expect(seen).toMatchObject({ user: 'U1', text: 'hello', reactions: [{ name: 'tada', users: ['U1'] }] });
    expect(seen?.bot_id).toBeUndefined();
    expect(sim.surfaces.react({ channel: 'C1', ts: message.ts, name: 'tada', user: 'U1', added: false })).toBe(true);
    expect(sim.messages({ channel: 'C1' })[0]?.reactions).toEqual([]);
  });

  it('finds the person’s Home tab and DM', async () => {
    expect(sim.surfaces.homeView('U1')).toBeUndefined();
    await api('views.publish', { user_id: 'U1', view: { type: 'home', blocks: [] } });
    expect(sim.surfaces.homeView('U1')?.kind).toBe('publish');
    expect(sim.surfaces.directMessage('U1')).toBe('D1');
  });
});
