import { actionPayload, type Chosen, findElement, stateValues } from './view-state.js';
import type { SandboxWorld } from './world.js';

// Everything a person can do in the sandbox, each sent to the app as Slack sends it: a signed slash command,
// block_actions, view_submission, view_closed or an event. Each waits until the app has finished with it.

export type ActionResult = { ok: true; note?: string } | { ok: false; problem: string };

export function createPersonActions(world: SandboxWorld) {
  const { sim, driver } = world;

  async function command(userId: string, channelId: string, text: string): Promise<ActionResult> {
    const trimmed = text.trim().replace(/^\/coalition\b\s*/, '');
    const result = await driver.command({ userId, channelId, text: trimmed });
    await world.settle();
    // A slash command's immediate answer is shown to its sender only, like Slack does.
    const body = result.body as { text?: string } | null;
    if (result.status >= 400) return { ok: false, problem: `The app answered ${result.status}` };
    return body?.text ? { ok: true, note: body.text } : { ok: true };
  }

  async function post(userId: string, channelId: string, text: string, threadTs?: string): Promise<ActionResult> {
    const message = sim.surfaces.postAsPerson({ channel: channelId, user: userId, text, thread_ts: threadTs });
    await driver.event({
      type: 'message',
      channel: channelId,
      user: userId,
      text,
      ts: message.ts,
      channel_type: channelId.startsWith('D') ? 'im' : 'channel',
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    await world.settle();
    return { ok: true };
  }

  async function react(userId: string, channelId: string, ts: string, name: string): Promise<ActionResult> {
    const added = !sim
      .messages({ channel: channelId })
      .find((message) => message.ts === ts)
      ?.reactions?.find((reaction) => reaction.name === name)
      ?.users.includes(userId);
    if (!sim.surfaces.react({ channel: channelId, ts, name, user: userId, added }))
      return { ok: false, problem: 'That message is gone.' };
    await driver.event({
      type: added ? 'reaction_added' : 'reaction_removed',
      user: userId,
      reaction: name,
      item: { type: 'message', channel: channelId, ts },
      item_user: sim.botUserId,
    });
    await world.settle();
    return { ok: true };
  }

  async function messageAction(
    userId: string,
    where: { channel: string; ts: string },
    use: { blockId: string; actionId: string; values: string[] },
  ): Promise<ActionResult> {
    const message = sim.messages({ channel: where.channel }).find((candidate) => candidate.ts === where.ts);
    const found = message && findElement(message.blocks, use.blockId, use.actionId);
    if (!found) return { ok: false, problem: 'That button is no longer there.' };
    const action = actionPayload(found.element, use.blockId, use.values);
    await driver.blockAction({ userId, channelId: where.channel, messageTs: where.ts, actions: [action as never] });
    await world.settle();
    return { ok: true };
  }

  async function viewAction(
    userId: string,
    viewId: string,
    use: { blockId: string; actionId: string; values: string[] },
    chosen: Chosen,
  ): Promise<ActionResult> {
    const view = sim.views().findLast((record) => record.id === viewId);
    const found = view && findElement(view.view.blocks, use.blockId, use.actionId);
    if (!view || !found) return { ok: false, problem: 'That form has changed; try again.' };
    const action = actionPayload(found.element, use.blockId, use.values);
    const state = { values: stateValues(view.view.blocks, chosen) };
    await driver.blockAction({ userId, view: { id: viewId, state }, actions: [action as never] });
    await world.settle();
    return { ok: true };
  }

  async function submit(userId: string, viewId: string, chosen: Chosen) {
    const view = sim.surfaces.modalStack(userId).find((record) => record.id === viewId);
    if (!view) return { ok: false as const, problem: 'That form is already closed.' };
    const result = await driver.viewSubmission({
      userId,
      view: { id: viewId, callback_id: view.view.callback_id ?? '' },
      values: stateValues(view.view.blocks, chosen),
    });
    const outcome = sim.surfaces.applyViewResponse(userId, viewId, result.body);
    await world.settle();
    return { ok: true as const, outcome };
  }

  async function close(userId: string, viewId: string): Promise<ActionResult> {
    const view = sim.surfaces.modalStack(userId).find((record) => record.id === viewId);
    sim.surfaces.closeView(userId, viewId);
    if (view?.view.notify_on_close === true) {
      await driver.raw({
        body: new URLSearchParams({
          payload: JSON.stringify({
            type: 'view_closed',
            team: { id: sim.teamId },
            user: { id: userId },
            api_app_id: sim.appId,
            view: { ...view.view, id: viewId },
            is_cleared: false,
          }),
        }).toString(),
        contentType: 'application/x-www-form-urlencoded',
      });
      await world.settle();
    }
    return { ok: true };
  }

  async function openHome(userId: string): Promise<void> {
    await driver.event({
      type: 'app_home_opened',
      user: userId,
      channel: sim.surfaces.directMessage(userId),
      tab: 'home',
    });
    await world.settle();
  }

  return { command, post, react, messageAction, viewAction, submit, close, openHome };
}

export type PersonActions = ReturnType<typeof createPersonActions>;
