import type { CheckinTick } from '../services/checkins/heartbeat.js';
import type { EventLedger } from '../services/events.js';
import type { Job } from './scheduler.js';

/** The single list of scheduled jobs. */
export function buildJobs({ checkinTick, events }: { checkinTick: CheckinTick; events: EventLedger }): Job[] {
  return [
    { name: 'checkin-heartbeat', cron: '* * * * *', run: (now) => checkinTick(now) },
    { name: 'purge-event-ids', cron: '17 * * * *', run: async () => events.purgeExpired() },
  ];
}
