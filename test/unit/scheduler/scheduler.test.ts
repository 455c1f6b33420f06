import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/clock.js';
import { createLogger } from '../../../src/logger.js';
import { createScheduler } from '../../../src/scheduler/scheduler.js';

const logger = createLogger('silent');
const everySecond = (runs: Date[]) => ({
  name: 'probe',
  cron: '* * * * * *',
  run: async (now: Date) => runs.push(now),
});

describe('the scheduler (node-cron imported on start)', () => {
  it('runs its jobs once started, and not after it stops', async () => {
    const runs: Date[] = [];
    const scheduler = createScheduler({ jobs: [everySecond(runs)], clock: systemClock, logger });
    await scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    await scheduler.stop();
    const seen = runs.length;
    expect(seen).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(runs.length).toBe(seen);
  });

  it('schedules nothing when stopped while node-cron is still loading', async () => {
    const runs: Date[] = [];
    const scheduler = createScheduler({ jobs: [everySecond(runs)], clock: systemClock, logger });
    const started = scheduler.start();
    await scheduler.stop();
    await started;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs).toEqual([]);
  });
});
