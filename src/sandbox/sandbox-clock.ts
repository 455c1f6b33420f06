import type { Clock } from '../clock.js';

/** The sandbox's movable clock: real time keeps flowing, shifted by however far the person has moved it. */
export interface SandboxClock extends Clock {
  set(at: Date): void;
}

export function createSandboxClock(realNow: () => number = Date.now): SandboxClock {
  let offset = 0;
  return {
    now: () => new Date(realNow() + offset),
    set: (at) => {
      offset = at.getTime() - realNow();
    },
  };
}
