import cron, { type ScheduledTask } from 'node-cron';
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
 */
export function createScheduler({ jobs, clock, logger }: { jobs: Job[]; clock: Clock; logger: AppLogger }) {
  const tasks: ScheduledTask[] = [];
  const running = new Set<Promise<unknown>>();

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
    start(): void {
      for (const job of jobs) {
        tasks.push(cron.schedule(job.cron, () => runJob(job), { name: job.name, noOverlap: true }));
      }
    },
    async stop(): Promise<void> {
      for (const task of tasks.splice(0)) await task.destroy();
      await Promise.allSettled([...running]);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
