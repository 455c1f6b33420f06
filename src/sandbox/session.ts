import { rmSync } from 'node:fs';
import type { SandboxConfig } from '../config.js';
import type { AppLogger } from '../logger.js';
import { DEMO_CHANNEL, DEMO_PEOPLE } from './demo-coalition.js';
import type { PageModel, Tab } from './page.js';
import { APP_NAME, conversation } from './page-model.js';
import { createPersonActions, type PersonActions } from './person-actions.js';
import { renderContext } from './render/context.js';
import type { ModalState } from './render/surfaces.js';
import { createSandboxClock } from './sandbox-clock.js';
import { seedDemoCoalition } from './seed.js';
import { createTimeControl, type TimeControl } from './time-control.js';
import type { Chosen } from './view-state.js';
import { type CreateApp, type SandboxWorld, startSandboxWorld } from './world.js';

// One run of the sandbox: a fresh database, the app, the simulated workspace seeded with the demo coalition,
// and what the page remembers per person (field errors and typed values per open view, the last notice).

export interface ViewNote {
  /** Errors belong to the version of the view they answered; an update clears them. */
  hash: string;
  errors?: Record<string, string>;
  kept: Chosen;
}

export interface Session {
  world: SandboxWorld;
  actions: PersonActions;
  time: TimeControl;
  notes: Map<string, ViewNote>;
  notices: Map<string, string[]>;
  names: ReadonlyMap<string, string>;
  model(viewerId: string | undefined, tab: Tab): PageModel;
  close(): Promise<void>;
}

/** Removes the sandbox database and its journal files, so each run starts from the demo coalition. */
export function removeDatabase(path: string): void {
  if (path === ':memory:') return;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

function clockText(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

const EVENT_NAMES = {
  cycle: (who: string) => `check-ins open, first a prompt to ${who}`,
  prompt: (who: string) => `check-in prompt to ${who}`,
  reminder: (who: string) => `reminder to ${who}`,
  close: () => 'the check-in closes and its digest is posted',
  digest: () => 'the digest is posted',
  private_notes: (who: string) => `private notes to ${who}`,
  task_reminder: (who: string) => `task due-date reminder to ${who}`,
} as const;

/** "Next due: reminder to Priya Nair, Fri 27 Nov, 03:30", from the app's own outbox and schedule. */
function nextEventText(world: SandboxWorld, names: ReadonlyMap<string, string>, now: Date, tz: string) {
  const next = world.app.services.upcoming.next(now);
  if (!next) return undefined;
  const who = names.get(next.slackUserId ?? '') ?? 'a partner';
  return `${EVENT_NAMES[next.kind](who)}, ${clockText(next.at, tz)}`;
}

export async function startSession(options: {
  config: SandboxConfig;
  createApp: CreateApp;
  logger: AppLogger;
}): Promise<Session> {
  removeDatabase(options.config.databasePath);
  const world = await startSandboxWorld({ ...options, clock: createSandboxClock() });
  const names = new Map<string, string>([
    [world.sim.botUserId, APP_NAME],
    ...DEMO_PEOPLE.map((person): [string, string] => [person.id, person.name]),
  ]);
  const actions = createPersonActions(world);
  const time = createTimeControl(world, () => names);
  await seedDemoCoalition(world, actions, time);
  const notes = new Map<string, ViewNote>();
  const notices = new Map<string, string[]>();

  function modalFor(viewerId: string): ModalState | undefined {
    const stack = world.sim.surfaces.modalStack(viewerId);
    const top = stack.at(-1);
    if (!top) return undefined;
    const note = notes.get(top.id);
    return {
      view: { ...top.view, id: top.id },
      depth: stack.length,
      kept: note?.kept ?? {},
      ...(note?.errors && note.hash === top.hash ? { errors: note.errors } : {}),
    };
  }

  function homeFor(viewerId: string) {
    const record = world.sim.surfaces.homeView(viewerId);
    return record && { ...record.view, id: record.id };
  }

  return {
    world,
    actions,
    time,
    notes,
    notices,
    names,
    model(viewerId, tab) {
      const coordinator = DEMO_PEOPLE.find((person) => person.coordinator) ?? DEMO_PEOPLE[0];
      const viewer = DEMO_PEOPLE.find((person) => person.id === viewerId) ?? coordinator;
      if (!viewer) throw new Error('the demo coalition has no people');
      const dmId = world.sim.surfaces.directMessage(viewer.id);
      const now = world.clock.now();
      const channel = tab === 'dm' ? dmId : DEMO_CHANNEL.id;
      return {
        viewer: { id: viewer.id, name: viewer.name, tz: viewer.tz },
        people: DEMO_PEOPLE.map((person) => ({
          id: person.id,
          name: person.name,
          role: person.coordinator ? `coordinator, ${person.organisation}` : person.organisation,
        })),
        tab,
        channel: DEMO_CHANNEL,
        dmId,
        messages: tab === 'home' ? [] : conversation(world.sim, { channel, viewer: viewer.id, tz: viewer.tz, names }),
        home: tab === 'home' ? homeFor(viewer.id) : undefined,
        modal: modalFor(viewer.id),
        clock: clockText(now, viewer.tz),
        next: nextEventText(world, names, now, viewer.tz),
        notice: notices.get(viewer.id) ?? [],
        ctx: renderContext({
          users: names,
          channels: new Map([[DEMO_CHANNEL.id, DEMO_CHANNEL.name]]),
          tz: viewer.tz,
          now,
          idPrefix: 'p',
        }),
      };
    },
    close: () => world.close(),
  };
}
