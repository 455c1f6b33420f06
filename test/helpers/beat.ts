import type { TestWorld } from './test-world.js';

/**
 * One heartbeat at `at`, as the cron job runs it in production: its own macrotask. A loop of beats that only
 * awaits promises never lets Node read a socket, so a keep-alive connection the simulator closed while idle would
 * be reused unseen and reset; yielding each beat lets the client see the close, as it does between real minutes.
 */
export async function beatAt(world: TestWorld, at: number | string): Promise<void> {
  world.clock.set(new Date(at));
  await world.app.tick(new Date(at));
  await new Promise((resolve) => setImmediate(resolve));
}
