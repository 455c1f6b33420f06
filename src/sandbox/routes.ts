import { z } from 'zod';
import type { Session } from './session.js';
import type { TimeStep } from './time-control.js';

// The page's requests. Each becomes what a Slack client would send for that person, through the driver.

const HOUR = 3_600_000;
const person = z.string().min(1);
const chosen = z.record(z.string(), z.record(z.string(), z.array(z.string())));

export const REQUESTS = {
  command: z.object({ as: person, channel: z.string(), text: z.string().max(4000) }),
  react: z.object({ as: person, channel: z.string(), ts: z.string(), name: z.string().regex(/^[a-z0-9_+'-]+$/) }),
  action: z.object({
    as: person,
    viewId: z.string().optional(),
    channel: z.string().optional(),
    ts: z.string().optional(),
    blockId: z.string(),
    actionId: z.string(),
    values: z.array(z.string()).default([]),
    state: chosen.default({}),
  }),
  submit: z.object({ as: person, viewId: z.string(), state: chosen }),
  close: z.object({ as: person, viewId: z.string() }),
  time: z.object({ as: person, step: z.enum(['next', 'hour', 'day']) }),
} as const;

export type RequestName = keyof typeof REQUESTS;

function stepNotice(step: TimeStep, label: (at: Date) => string): string[] {
  const moved = `Moved the clock to ${label(step.to)}; the heartbeat ran for each of the ${step.minutes} minutes.`;
  if (step.happened.length === 0) return [moved, 'Nothing was due.'];
  return [moved, ...step.happened.map((line) => `The app sent ${line}`)];
}

/** Runs one request; returns the notice lines for the person who made it. */
export async function handle(session: Session, name: RequestName, body: unknown): Promise<string[]> {
  const { actions, time, notes } = session;
  switch (name) {
    case 'command': {
      const input = REQUESTS.command.parse(body);
      const text = input.text.trim();
      const result = text.startsWith('/')
        ? await (text.startsWith('/coalition')
            ? actions.command(input.as, input.channel, text)
            : Promise.resolve({ ok: false as const, problem: 'Only /coalition commands exist in this workspace.' }))
        : await actions.post(input.as, input.channel, text);
      return result.ok ? (result.note ? [result.note] : []) : [result.problem];
    }
    case 'react': {
      const input = REQUESTS.react.parse(body);
      const result = await actions.react(input.as, input.channel, input.ts, input.name);
      return result.ok ? [] : [result.problem];
    }
    case 'action': {
      const input = REQUESTS.action.parse(body);
      const use = { blockId: input.blockId, actionId: input.actionId, values: input.values };
      if (input.viewId) notes.set(input.viewId, { hash: '', kept: input.state });
      const result = input.viewId
        ? await actions.viewAction(input.as, input.viewId, use, input.state)
        : await actions.messageAction(input.as, { channel: input.channel ?? '', ts: input.ts ?? '' }, use);
      return result.ok ? [] : [result.problem];
    }
    case 'submit': {
      const input = REQUESTS.submit.parse(body);
      const hash = session.world.sim.surfaces.modalStack(input.as).find((view) => view.id === input.viewId)?.hash ?? '';
      const result = await actions.submit(input.as, input.viewId, input.state);
      if (!result.ok) return [result.problem];
      if (result.outcome.action === 'errors')
        notes.set(input.viewId, { hash, errors: result.outcome.errors ?? {}, kept: input.state });
      else notes.delete(input.viewId);
      return [];
    }
    case 'close': {
      const input = REQUESTS.close.parse(body);
      notes.delete(input.viewId);
      const result = await actions.close(input.as, input.viewId);
      return result.ok ? [] : [result.problem];
    }
    case 'time': {
      const input = REQUESTS.time.parse(body);
      const step =
        input.step === 'next'
          ? await time.advanceToNextEvent()
          : await time.advanceBy(input.step === 'hour' ? HOUR : 24 * HOUR);
      const tz = session.model(input.as, 'channel').viewer.tz;
      const label = (at: Date) =>
        new Intl.DateTimeFormat('en-GB', { timeZone: tz, dateStyle: 'full', timeStyle: 'short' }).format(at);
      return stepNotice(step, label);
    }
  }
}
