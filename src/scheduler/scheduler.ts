import type { ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { AppLogger } from '../logger.js';

export interface Job {
  name: string;
  cron: string;
  run(now: Date): Promise<unknown>;
}

/**
 * One node-cron task per job. Jobs keep no state in memory: every run asks the database what is due,
 * so a restart or a second instance changes nothing. noOverlap skips a beat rather than stacking runs.
 * node-cron is imported when the scheduler starts, after the app listens, not on the way to the first /healthz:
 * the first beat is at the next minute boundary anyway.
 */
export function createScheduler({ jobs, clock, logger }: { jobs: Job[]; clock: Clock; logger: AppLogger }) {
  const tasks: ScheduledTask[] = [];
  const running = new Set<Promise<unknown>>();
  let starting: Promise<void> | undefined;
  let stopped = false;

  function runJob(job: Job): Promise<void> {
    const work = job.run(clock.now()).then(
      () => undefined,
      (error: unknown) =>
        logger.error(
          { job: job.name, err: (error as Error).message, stack: (error as Error).stack },
          'scheduled job failed',
        ),
    );
    running.add(work);
    void work.finally(() => running.delete(work));
    return work;
  }

  return {
    start(): Promise<void> {
      starting ??= import('node-cron').then(({ default: cron }) => {
        if (stopped) return;
        for (const job of jobs)
          tasks.push(cron.schedule(job.cron, () => runJob(job), { name: job.name, noOverlap: true }));
      });
      return starting;
    },
    async stop(): Promise<void> {
      stopped = true;
      await starting?.catch(() => undefined);
      for (const task of tasks.splice(0)) await task.destroy();
      await Promise.allSettled([...running]);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
