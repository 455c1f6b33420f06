import type { SimUser } from './types.js';

function timeZoneName(tz: string, at: number, style: 'long' | 'longOffset'): string | undefined {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: style }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value;
}

/** Slack's tz_label and tz_offset (seconds) for an IANA zone at a moment; undefined for an unknown zone. */
export function slackTimeZoneFields(tz: string, at: number): { tz_label: string; tz_offset: number } | undefined {
  try {
    const label = timeZoneName(tz, at, 'long') ?? tz;
    const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(timeZoneName(tz, at, 'longOffset') ?? '');
    const seconds = offset ? (Number(offset[2]) * 3600 + Number(offset[3]) * 60) * (offset[1] === '-' ? -1 : 1) : 0;
    return { tz_label: label, tz_offset: seconds };
  } catch {
    return undefined;
  }
}

/** A Slack user object with the defaults Slack would fill in (tz label/offset derived from tz at `at`). */
export function buildSimUser(input: Partial<SimUser> & { id: string }, teamId: string, at: number): SimUser {
  const name = input.name ?? input.id.toLowerCase();
  const tz = input.tz ?? 'Europe/London';
  const user: SimUser = {
    team_id: teamId,
    name,
    real_name: input.real_name ?? name,
    tz,
    ...slackTimeZoneFields(tz, at),
    deleted: false,
    is_bot: false,
    is_restricted: false,
    is_ultra_restricted: false,
    ...input,
  };
  user.profile = { display_name: name, real_name: user.real_name, ...input.profile };
  return user;
}

/** Applies a patch; a changed tz recomputes tz_label/offset unless the patch sets them. */
export function patchSimUser(user: SimUser, patch: Partial<SimUser>, at: number): SimUser {
  const zoneFields = patch.tz && patch.tz !== user.tz ? slackTimeZoneFields(patch.tz, at) : undefined;
  const profile = patch.profile ? { ...user.profile, ...patch.profile } : user.profile;
  Object.assign(user, zoneFields, patch, { id: user.id, profile });
  return user;
}
