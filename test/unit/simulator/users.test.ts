import { describe, expect, it } from 'vitest';
import { buildSimUser, patchSimUser, slackTimeZoneFields } from '../../../src/simulator/users.js';

const WINTER = Date.parse('2026-01-15T12:00:00Z');
const SUMMER = Date.parse('2026-07-15T12:00:00Z');

describe('simulated users', () => {
  it.each([
    ['Europe/London', WINTER, 'Greenwich Mean Time', 0],
    ['Europe/London', SUMMER, 'British Summer Time', 3600],
    ['Asia/Kolkata', WINTER, 'India Standard Time', 19800],
    ['America/Los_Angeles', SUMMER, 'Pacific Daylight Time', -25200],
    ['Pacific/Chatham', WINTER, 'Chatham Daylight Time', 49500],
  ])('%s at %i is %s (%i s)', (tz, at, label, offset) => {
    expect(slackTimeZoneFields(tz, at)).toEqual({ tz_label: label, tz_offset: offset });
  });

  it('ignores an unknown zone rather than failing setup', () => {
    expect(slackTimeZoneFields('Mars/Olympus', WINTER)).toBeUndefined();
  });

  it('fills in what Slack would and lets the caller override it', () => {
    expect(buildSimUser({ id: 'U9' }, 'T1', WINTER)).toEqual({
      id: 'U9',
      team_id: 'T1',
      name: 'u9',
      real_name: 'u9',
      tz: 'Europe/London',
      tz_label: 'Greenwich Mean Time',
      tz_offset: 0,
      deleted: false,
      is_bot: false,
      is_restricted: false,
      is_ultra_restricted: false,
      profile: { display_name: 'u9', real_name: 'u9' },
    });
    const external = buildSimUser({ id: 'W1', team_id: 'T2', profile: { email: 'e@x' } }, 'T1', WINTER);
    expect(external).toMatchObject({ team_id: 'T2', profile: { display_name: 'w1', email: 'e@x' } });
  });

  it('recomputes the zone fields when tz changes and merges profile patches', () => {
    const user = buildSimUser({ id: 'U9', profile: { email: 'a@x' } }, 'T1', WINTER);
    patchSimUser(user, { tz: 'Asia/Kolkata', profile: { display_name: 'Nine' } }, WINTER);
    expect(user).toMatchObject({ tz_offset: 19800, tz_label: 'India Standard Time' });
    expect(user.profile).toEqual({ display_name: 'Nine', real_name: 'u9', email: 'a@x' });
  });
});
