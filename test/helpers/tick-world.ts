import type { Repositories } from '../../src/db/repositories/index.js';
import type { Coalition } from '../../src/domain/people.js';
import { DEFAULT_SCHEDULE, type Schedule } from '../../src/domain/schedule.js';
import { replanCoalition } from '../../src/services/checkins/replan.js';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Asia/Tokyo',
];
export const SEEDED_AT = new Date('2026-11-24T10:00:00Z');
/** Monday 30 November: coalition i sends at 09:00 + i minutes London time, so each minute one coalition is due. */
export const FIRST_DUE_MINUTE = new Date('2026-11-30T09:00:00Z');

/**
 * Many coalitions with weekly Monday check-ins on the coalition's clock, staggered a minute apart, their members
 * spread over six zones; each member's next prompt planned as a schedule change plans it.
 */
export function seedCoalitions(repos: Repositories, input: { coalitions: number; peoplePerCoalition: number }) {
  const coalitions: Coalition[] = [];
  for (let index = 0; index < input.coalitions; index += 1) {
    const { coalition } = repos.coalitions.create({
      teamId: 'T1',
      channelId: `C${String(index).padStart(6, '0')}`,
      name: `Coalition ${index}`,
      timezone: 'Europe/London',
      createdBy: 'U0SEED',
      createdAt: SEEDED_AT,
    });
    repos.transaction(() => {
      for (let member = 0; member < input.peoplePerCoalition; member += 1)
        repos.people.insert({
          teamId: 'T1',
          coalitionId: coalition.id,
          slackUserId: `U${index}x${member}`,
          homeTeamId: 'T1',
          displayName: `Partner ${index}.${member}`,
          tz: ZONES[member % ZONES.length] ?? 'Europe/London',
          role: member === 0 ? 'coordinator' : 'partner',
          active: true,
          joinedAt: SEEDED_AT,
        });
    });
    const minutes = 9 * 60 + (index % (14 * 60));
    const schedule: Schedule = {
      ...DEFAULT_SCHEDULE,
      clock: 'coalition',
      sendTime: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      quietHours: { start: '00:00', end: '00:00' },
      allowWeekends: true,
    };
    repos.schedules.save({
      coalitionId: coalition.id,
      teamId: 'T1',
      schedule,
      updatedBy: 'U0SEED',
      updatedAt: SEEDED_AT,
    });
    replanCoalition(repos, coalition, schedule, SEEDED_AT);
    coalitions.push(coalition);
  }
  return coalitions;
}
