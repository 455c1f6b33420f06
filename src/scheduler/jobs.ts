import type { CheckinTick } from '../services/checkins/heartbeat.js';
import type { EventLedger } from '../services/events.js';
import type { RetentionService } from '../services/retention.js';
import type { Job } from './scheduler.js';

/** The single list of scheduled jobs. */
export function buildJobs({
  checkinTick,
  events,
  retention,
}: {
  checkinTick: CheckinTick;
  events: EventLedger;
  retention: RetentionService;
}): Job[] {
  return [
    { name: 'checkin-heartbeat', cron: '* * * * *', run: (now) => checkinTick(now) },
    { name: 'purge-event-ids', cron: '17 * * * *', run: async () => events.purgeExpired() },
    { name: 'retention-purge', cron: '23 3 * * *', run: async (now) => retention.purge(now) },
  ];
}
