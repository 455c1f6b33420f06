import { DateTime } from 'luxon';
import {
  DEMO_CHANNEL,
  DEMO_COALITION_NAME,
  DEMO_GOAL,
  DEMO_MILESTONES,
  DEMO_PEOPLE,
  type DemoPerson,
} from './demo-coalition.js';
import type { PersonActions } from './person-actions.js';
import type { TimeControl } from './time-control.js';
import { findElement } from './view-state.js';
import type { SandboxWorld } from './world.js';

// Builds the demo coalition the way its people would: real commands, real check-ins from the DM button, and
// the heartbeat carrying one past cycle from prompts to its digest. The calendar is placed so that the next
// cycle is still to come when the page opens.

const ZONE = 'Europe/London';

const coordinator = DEMO_PEOPLE.find((person) => person.coordinator) ?? (DEMO_PEOPLE[0] as DemoPerson);
const mention = (person: DemoPerson) => `<@${person.id}>`;
const person = (id: string) => DEMO_PEOPLE.find((candidate) => candidate.id === id) as DemoPerson;

/** The next weekday after today: the coming cycle; the past one was a week before it. */
export function demoCalendar(now: Date) {
  let next = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: 1 }).startOf('day');
  while (next.weekday > 5) next = next.plus({ days: 1 });
  const past = next.minus({ days: 7 });
  return { next, past, setupAt: past.minus({ days: 2 }).set({ hour: 10 }) };
}

/** 09:00 on the cycle's date in each partner's zone: when the schedule prompts them. */
function promptMoments(date: DateTime): Date[] {
  const zones = [...new Set(DEMO_PEOPLE.map((member) => member.tz))];
  return zones.map((zone) => DateTime.fromISO(`${date.toISODate()}T09:00`, { zone }).toJSDate());
}

function addPeople(world: SandboxWorld): void {
  for (const member of DEMO_PEOPLE)
    world.sim.addUser({
      id: member.id,
      name: member.name.toLowerCase().replace(/\s+/g, '.'),
      real_name: member.name,
      // Most people set a display name; the app shows it, so the demo reads "Priya Nair", not "priya.nair".
      profile: { display_name: member.name, real_name: member.name },
      tz: member.tz,
    });
  world.sim.addChannel({
    id: DEMO_CHANNEL.id,
    name: DEMO_CHANNEL.name,
    members: DEMO_PEOPLE.map((member) => member.id),
  });
}

async function setUp(actions: PersonActions, calendar: ReturnType<typeof demoCalendar>): Promise<void> {
  const run = (text: string) => actions.command(coordinator.id, DEMO_CHANNEL.id, text);
  await run(`setup ${DEMO_COALITION_NAME}`);
  for (const member of DEMO_PEOPLE)
    await run(`partner ${mention(member)} org:"${member.organisation}" sector:${member.sector}`);
  await run(`schedule weekly ${calendar.past.toFormat('ccc').toLowerCase()} 09:00`);
  await run(`goal add "${DEMO_GOAL}"`);
  const by = calendar.next.plus({ days: 90 }).toISODate();
  for (const [index, milestone] of DEMO_MILESTONES.entries()) {
    await run(`milestone add G-1 "${milestone.title}" by:${by} target:${milestone.target}`);
    await run(`milestone progress M-${index + 1} ${milestone.progress}`);
  }
  const due = (date: DateTime) => date.toISODate();
  await run(
    `assign ${mention(person('U0PRIYA'))} Draft the referral pathway leaflet due:${due(calendar.next.plus({ days: 3 }))}`,
  );
  await run(
    `assign ${mention(person('U0DAVE'))} Share the police contact list with health due:${due(calendar.past.plus({ days: 1 }))}`,
  );
  await run(
    `assign ${mention(person('U0TOM'))} Collect the schools' safeguarding lead names due:${due(calendar.next.plus({ days: 10 }))}`,
  );
}

/** A partner opens the check-in from their DM's "Check in" button and sends their answers. */
export async function answerCheckin(world: SandboxWorld, actions: PersonActions, member: DemoPerson): Promise<boolean> {
  const dm = world.sim.surfaces.directMessage(member.id);
  const prompt = world.sim
    .messages({ channel: dm, kind: 'message' })
    .findLast((message) => findButton(message.blocks, 'Check in') !== undefined);
  const button = prompt && findButton(prompt.blocks, 'Check in');
  if (!prompt || !button) return false;
  await actions.messageAction(member.id, { channel: dm, ts: prompt.ts }, { ...button, values: [] });
  const view = world.sim.surfaces.modalStack(member.id).at(-1);
  if (!view) return false;
  const chosen: Record<string, Record<string, string[]>> = {};
  for (const [blockId, text] of Object.entries(member.answers ?? {})) chosen[blockId] = { answer: [text] };
  if (member.answers?.q_win) chosen.checkin_share_win = { share: ['share'] };
  const sent = await actions.submit(member.id, view.id, chosen);
  return sent.ok && sent.outcome.action !== 'errors';
}

function findButton(blocks: unknown, text: string): { blockId: string; actionId: string } | undefined {
  for (const [index, block] of (Array.isArray(blocks) ? blocks : []).entries()) {
    const elements = [
      ...((block as { elements?: unknown[] }).elements ?? []),
      (block as { accessory?: unknown }).accessory,
    ];
    for (const element of elements as Array<{ type?: string; text?: { text?: string }; action_id?: string }>) {
      if (element?.type !== 'button' || element.text?.text !== text || !element.action_id) continue;
      const blockId = (block as { block_id?: string }).block_id || `block-${index}`;
      if (findElement(blocks, blockId, element.action_id)) return { blockId, actionId: element.action_id };
    }
  }
  return undefined;
}

/** Seeds a fresh sandbox, then returns the clock to the present. */
export async function seedDemoCoalition(world: SandboxWorld, actions: PersonActions, time: TimeControl): Promise<void> {
  const realNow = world.clock.now();
  const calendar = demoCalendar(realNow);
  addPeople(world);
  world.clock.set(calendar.setupAt.toJSDate());
  await setUp(actions, calendar);
  // A beat at each partner's 09:00 sends the prompts; one at 15:00 London (New York's 09:00 is 14:00 here)
  // catches any left. Reminders go halfway through the 48-hour window, and the cycle closes when the last ends.
  const prompts = promptMoments(calendar.past);
  await time.beatAt([...prompts, calendar.past.set({ hour: 15 }).toJSDate()]);
  for (const member of DEMO_PEOPLE) if (member.answers) await answerCheckin(world, actions, member);
  const dayMs = 86_400_000;
  await time.beatAt([
    ...prompts.map((at) => new Date(at.getTime() + dayMs)),
    calendar.past.plus({ days: 2 }).set({ hour: 15 }).toJSDate(),
  ]);
  await actions.command(
    coordinator.id,
    DEMO_CHANNEL.id,
    `kudos ${mention(person('U0LENA'))} for growing the youth panel`,
  );
  // Ephemeral answers do not outlive the Slack session they were shown in; the seeding session is over.
  for (const message of world.sim.messages()) if (message.kind !== 'message') message.deleted = true;
  world.clock.set(realNow);
  await world.app.tick(realNow);
  await world.settle();
}
