/** HTML-escapes text for element content and double-quoted attribute values alike. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type AttrValue = string | number | boolean | undefined | null;

/** ` name="value"` pairs, escaped; `true` gives a bare attribute, false/undefined/null leave it out. */
export function attrs(values: Record<string, AttrValue>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/** Only these schemes become links: a message must never carry `javascript:` into the page. */
export function safeUrl(url: string): string | undefined {
  return /^(https?:|mailto:|slack:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** A DOM id made only of safe characters, for label/for and aria-describedby pairs. */
export function domId(...parts: string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, '_')).join('--');
}
