import type { SlackSimulator } from '../../src/simulator/index.js';
import type { TestWorld } from './test-world.js';

export const COALITION_CHANNEL = 'C0CHECKIN';

export interface Partner {
  id: string;
  tz: string;
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
  const counts = new Map<string, number>();
  const dmOwner = dmOwners(sim);
  for (const message of sim.messages({ kind: 'message' })) {
    if ((message.metadata as { event_type?: string } | undefined)?.event_type !== 'checkin_prompt') continue;
    const user = dmOwner.get(message.channel) ?? message.channel;
    counts.set(user, (counts.get(user) ?? 0) + 1);
  }
  return counts;
}

/** Which user each DM channel belongs to, from the conversations.open calls the app made. */
export function dmOwners(sim: SlackSimulator): Map<string, string> {
  const owners = new Map<string, string>();
  for (const call of sim.calls('conversations.open')) {
    const channel = (call.response as { channel?: { id?: string } }).channel?.id;
    if (channel) owners.set(channel, String(call.args.users));
  }
  return owners;
}

/** The welcome and hello DMs sent at setup; tests that count what was sent leave them out. */
export function isHello(message: { metadata?: unknown }): boolean {
  return (message.metadata as { event_type?: string } | undefined)?.event_type === 'coalition_hello';
}
