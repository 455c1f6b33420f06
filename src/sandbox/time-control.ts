import type { SimMessage, SlackSimulator } from '../simulator/index.js';
import type { SandboxWorld } from './world.js';

// Moving the sandbox clock runs the heartbeat for every minute skipped, exactly as the scheduler would have,
// so a week of coalition life plays out in order (prompts, reminders, closes, digests, task reminders).

const MINUTE = 60_000;
const NEXT_EVENT_LIMIT_MS = 14 * 24 * 60 * MINUTE;

export interface TimeStep {
  from: Date;
  to: Date;
  minutes: number;
  /** What Slack received while the clock moved, one line each, for the page to say what happened. */
  happened: string[];
}

function firstLine(message: SimMessage): string {
  const line = (message.text ?? '').split('\n')[0] ?? '';
  const plain = line.replace(/[*_~`]/g, '').replace(/<[^|>]*\|([^>]*)>/g, '$1');
  return plain.length > 90 ? `${plain.slice(0, 89)}…` : plain;
}

/** "a DM to Priya Nair: …", "a reply in #northfield-coalition: …" for each new message. */
export function describeMessages(sim: SlackSimulator, messages: SimMessage[], names: ReadonlyMap<string, string>) {
  return messages
    .filter((message) => message.kind !== 'response_url' && !message.fromPerson)
    .map((message) => {
      const channel = sim.channel(message.channel);
      const owner = channel?.isIm ? channel.members.find((member) => member !== sim.botUserId) : undefined;
      const where = owner
        ? `a DM to ${names.get(owner) ?? owner}`
        : `${message.thread_ts ? 'a thread reply' : 'a message'} in #${channel?.name ?? message.channel}`;
      const kind = message.kind === 'ephemeral' ? ` (only for ${names.get(message.user ?? '') ?? message.user})` : '';
      return `${where}${kind}: ${firstLine(message)}`;
    });
}

export function createTimeControl(world: SandboxWorld, names: () => ReadonlyMap<string, string>) {
  const { sim, clock } = world;

  /** Ticks each whole minute after now up to `target`, as the scheduler's cron would; stops early if asked. */
  async function run(target: Date, options: { stopOnEvent: boolean }): Promise<TimeStep> {
    const from = clock.now();
    const before = sim.messages().length;
    let at = Math.floor(from.getTime() / MINUTE) * MINUTE + MINUTE;
    let minutes = 0;
    for (; at <= target.getTime(); at += MINUTE) {
      clock.set(new Date(at));
      const sentBefore = sim.messages().length;
      const report = await world.app.tick(new Date(at));
      minutes += 1;
      // Rows examined but deferred (quiet hours, a weekend) are not an event; something sent or opened is.
      const happened = report.cyclesOpened > 0 || sim.messages().length > sentBefore;
      if (happened) await world.settle();
      if (options.stopOnEvent && happened) break;
    }
    if (!options.stopOnEvent || at > target.getTime()) clock.set(target);
    const to = clock.now();
    return { from, to, minutes, happened: describeMessages(sim, sim.messages().slice(before), names()) };
  }

  return {
    advanceBy: (ms: number) => run(new Date(clock.now().getTime() + ms), { stopOnEvent: false }),
    /** Runs minute by minute until the heartbeat does something (or two weeks pass with nothing due). */
    advanceToNextEvent: () => run(new Date(clock.now().getTime() + NEXT_EVENT_LIMIT_MS), { stopOnEvent: true }),
    /** For seeding only: one beat at each moment, as a restart after downtime would catch up on what was due. */
    async beatAt(moments: Date[]): Promise<void> {
      for (const at of [...moments].sort((a, b) => a.getTime() - b.getTime())) {
        clock.set(at);
        await world.app.tick(at);
        await world.settle();
      }
    },
  };
}

export type TimeControl = ReturnType<typeof createTimeControl>;
