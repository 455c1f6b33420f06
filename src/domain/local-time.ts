import { IANAZone } from 'luxon';
import { isoFromDayNumber } from './schedule-dates.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** 'HH:MM' → minutes after midnight, or undefined when it is not a real time of day. */
export function minutesOfDay(time: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/**
 * The instant of wall-clock `time` on `date` in `zone`. Unlike luxon's default (which shifts by the gap and
 * prefers the later offset), a time inside a spring-forward gap moves to the first valid minute after the
 * gap, and a time that occurs twice on a fall-back day resolves to the first occurrence, so it fires once.
 */
export function localInstant(date: string, time: string, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const minutes = minutesOfDay(time) ?? 0;
  const wall = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, Math.floor(minutes / 60), minutes % 60);
  const iana = IANAZone.create(zone);
  const offsetBefore = iana.offset(wall - DAY);
  const offsetAfter = iana.offset(wall + DAY);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => instant + iana.offset(instant) * MINUTE === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(
    firstInstantWithNewOffset(iana, wall - offsetBefore * MINUTE - DAY, wall - offsetBefore * MINUTE, offsetBefore),
  );
}

/** Binary search for the transition: the first whole minute in (low, high] whose offset differs from `before`. */
function firstInstantWithNewOffset(zone: IANAZone, low: number, high: number, before: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > MINUTE) {
    const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
    if (zone.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

// The last date found in each zone, for the UTC minute it was found in. Offsets since the 1970s are whole minutes
// and change on a minute, so the local date cannot change within one: "today", asked on every command, is found
// once a minute per zone.
const lastDate = new Map<string, { minute: number; date: string }>();

/**
 * The calendar date (YYYY-MM-DD) an instant falls on in a timezone: "local today" when given `now`; '' for a zone
 * that does not exist. The zone's offset at that instant is all it takes, which costs a fraction of building a
 * luxon DateTime.
 */
export function localDate(at: Date, zone: string): string {
  const minute = Math.floor(at.getTime() / MINUTE);
  const last = lastDate.get(zone);
  if (last?.minute === minute) return last.date;
  const offset = IANAZone.create(zone).offset(at.getTime());
  const date = Number.isFinite(offset) ? isoFromDayNumber(Math.floor((at.getTime() + offset * MINUTE) / DAY)) : '';
  // Only real zones are kept, and there are a few hundred of them.
  if (date) lastDate.set(zone, { minute, date });
  return date;
}
