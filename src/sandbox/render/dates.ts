import type { RenderContext } from './context.js';

// Slack's `<!date^epoch^format^link|fallback>` tokens, shown in the reader's own timezone as Slack does.
// https://api.slack.com/reference/surfaces/formatting#date-formatting

function parts(at: Date, tz: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-US', { timeZone: tz, ...options }).formatToParts(at))
    out[part.type] = part.value;
  return out;
}

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

function localDay(at: Date, tz: string): string {
  const p = parts(at, tz, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

function relativeDay(at: Date, ctx: RenderContext): string | undefined {
  const day = localDay(at, ctx.tz);
  const dayMs = 86_400_000;
  if (day === localDay(ctx.now, ctx.tz)) return 'today';
  if (day === localDay(new Date(ctx.now.getTime() - dayMs), ctx.tz)) return 'yesterday';
  if (day === localDay(new Date(ctx.now.getTime() + dayMs), ctx.tz)) return 'tomorrow';
  return undefined;
}

function formatToken(token: string, at: Date, ctx: RenderContext): string | undefined {
  const p = parts(at, ctx.tz, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    hour12: true,
  });
  const day = Number(p.day);
  const shortMonth = (p.month ?? '').slice(0, 3);
  const date = `${p.month} ${ordinal(day)}, ${p.year}`;
  const dateShort = `${shortMonth} ${day}, ${p.year}`;
  const dateLong = `${p.weekday}, ${date}`;
  const relative = relativeDay(at, ctx);
  const capitalised = relative && relative[0]?.toUpperCase() + relative.slice(1);
  const formats: Record<string, string> = {
    date_num: localDay(at, ctx.tz),
    date,
    date_short: dateShort,
    date_long: dateLong,
    date_pretty: capitalised ?? date,
    date_short_pretty: capitalised ?? dateShort,
    date_long_pretty: capitalised ?? dateLong,
    time: `${p.hour}:${p.minute} ${p.dayPeriod}`,
    time_secs: `${p.hour}:${p.minute}:${p.second} ${p.dayPeriod}`,
    ago: agoText(at, ctx.now),
  };
  return formats[token];
}

function agoText(at: Date, now: Date): string {
  const minutes = Math.round((now.getTime() - at.getTime()) / 60_000);
  const size = Math.abs(minutes);
  const [amount, unit] =
    size < 60 ? [size, 'minute'] : size < 1440 ? [Math.round(size / 60), 'hour'] : [Math.round(size / 1440), 'day'];
  const phrase = `${amount} ${unit}${amount === 1 ? '' : 's'}`;
  return minutes >= 0 ? `${phrase} ago` : `in ${phrase}`;
}

/** The text a `!date^…` token (without the angle brackets) shows; the fallback when it cannot be read. */
export function formatSlackDate(token: string, ctx: RenderContext): { text: string; link: string | undefined } {
  const [spec = '', fallback = ''] = splitOnce(token, '|');
  const [, epoch, format = '', link] = spec.split('^');
  const seconds = Number(epoch);
  if (!Number.isFinite(seconds) || epoch === '') return { text: fallback, link: undefined };
  const at = new Date(seconds * 1000);
  const text = format.replace(/\{([a-z_]+)\}/g, (whole, name: string) => formatToken(name, at, ctx) ?? whole);
  return { text, link };
}

export function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + separator.length)];
}
