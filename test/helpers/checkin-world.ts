import type { SlackSimulator } from '../../src/simulator/index.js';
import type { TestWorld } from './test-world.js';

export const COALITION_CHANNEL = 'C0CHECKIN';

export interface Partner {
  id: string;
  tz: string;
}

/** `count` partners in London, U0P0000 first (the coordinator when passed to setUpCoalition). */
export function numberedPartners(count: number): Partner[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `U0P${String(index).padStart(4, '0')}`,
    tz: 'Europe/London',
  }));
}

/** A coalition channel with these partners (the first is the coordinator), set up through the real command. */
export async function setUpCoalition(
  world: TestWorld,
  partners: Partner[],
  scheduleText = 'weekly mon 09:00',
): Promise<void> {
  addPartners(world.sim, partners);
  const [coordinator] = partners;
  if (!coordinator) throw new Error('need at least one partner');
  await world.driver.command({
    userId: coordinator.id,
    channelId: COALITION_CHANNEL,
    text: 'setup Test Coalition',
    channelName: 'test-coalition',
  });
  await world.settle();
  await world.driver.command({
    userId: coordinator.id,
    channelId: COALITION_CHANNEL,
    text: `schedule ${scheduleText}`,
    channelName: 'test-coalition',
  });
  await world.settle();
}

export function addPartners(sim: SlackSimulator, partners: Partner[]): void {
  for (const partner of partners)
    sim.addUser({ id: partner.id, name: partner.id.toLowerCase(), real_name: partner.id, tz: partner.tz });
  sim.addChannel({ id: COALITION_CHANNEL, name: 'test-coalition', members: partners.map((partner) => partner.id) });
}

/** Prompt messages the simulator holds, per Slack user, found by our message metadata. */
export function promptsByUser(sim: SlackSimulator): Map<string, number> {
  return dmsByUser(sim, 'checkin_prompt');
}

/** DMs of one metadata type (checkin_prompt, checkin_reminder, private_notes) the simulator holds, per user. */
export function dmsByUser(sim: SlackSimulator, eventType: string): Map<string, number> {
  const counts = new Map<string, number>();
  const dmOwner = dmOwners(sim);
  for (const message of sim.messages({ kind: 'message' })) {
    if ((message.metadata as { event_type?: string } | undefined)?.event_type !== eventType) continue;
    const user = dmOwner.get(message.channel) ?? message.channel;
    counts.set(user, (counts.get(user) ?? 0) + 1);
  }
  return counts;
}

/** How many messages of one metadata type each outbox row posted (its delivery_id → count). */
export function postsByDelivery(sim: SlackSimulator, eventType: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const message of sim.messages({ kind: 'message' })) {
    const metadata = message.metadata as { event_type?: string; event_payload?: { delivery_id?: number } } | undefined;
    if (metadata?.event_type !== eventType) continue;
    const id = Number(metadata.event_payload?.delivery_id);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Which user each DM channel the app used (for a message or a file) belongs to, from the simulated workspace. */
export function dmOwners(sim: SlackSimulator): Map<string, string> {
  const owners = new Map<string, string>();
  const used = [
    ...sim.messages().map((message) => message.channel),
    ...sim.uploads().map((upload) => upload.channel_id),
  ];
  for (const channelId of new Set(used.filter((id): id is string => Boolean(id)))) {
    const channel = sim.channel(channelId);
    const user = channel?.isIm ? channel.members.find((member) => member !== sim.botUserId) : undefined;
    if (user) owners.set(channelId, user);
  }
  return owners;
}

/** Opens the check-in form as the partner would and submits these answers (question key → text). */
export async function checkIn(
  world: TestWorld,
  userId: string,
  values: Record<string, string>,
  shareWin = false,
): Promise<unknown> {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text: 'checkin' });
  await world.settle();
  const view = world.sim.views().at(-1)?.view;
  const state = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [`q_${key}`, { answer: { type: 'plain_text_input', value } }]),
  );
  if (shareWin)
    Object.assign(state, {
      checkin_share_win: { share: { type: 'checkboxes', selected_options: [{ value: 'share' }] } },
    });
  const result = await world.driver.viewSubmission({ userId, view: view as never, values: state });
  await world.settle();
  return result;
}

/** The view Slack was last asked to publish on someone's App Home. */
export function lastPublishedHome(sim: SlackSimulator) {
  return sim
    .views()
    .filter((view) => view.kind === 'publish')
    .at(-1)?.view;
}

/** Opens App Home as this person (app_home_opened over signed HTTP) and returns the published blocks as JSON. */
export async function openHomeAs(world: TestWorld, userId: string, channel = 'D0HOME'): Promise<string> {
  await world.driver.event({ type: 'app_home_opened', user: userId, channel, tab: 'home' });
  await world.settle();
  return JSON.stringify(lastPublishedHome(world.sim)?.blocks);
}

/** The welcome and hello DMs sent at setup; tests that count what was sent leave them out. */
export function isHello(message: { metadata?: unknown }): boolean {
  return (message.metadata as { event_type?: string } | undefined)?.event_type === 'coalition_hello';
}
