// The two ways people's text reaches Slack, and the one function for each. Every builder in slack/blocks passes
// anything a person typed (titles, answers, names, organisations, notes, coalition names) through one of them.

/**
 * For mrkdwn: section and context text, and the top-level `text` of a message (which Slack shows in notifications
 * and also reads as mrkdwn). Slack decodes exactly `&amp;`, `&lt;` and `&gt;`, so after this nothing a person typed
 * can become `<!channel>`, `<!here>`, `<@U…>`, `<#C…>`, `<!date^…>` or `<https://…|a link>`. Emphasis such as
 * `*bold*` is left as typed: it cannot ping or link anyone, and people use it in their own answers.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Control characters other than tab and newline: invisible, and some clients render them as boxes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is being removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * For plain_text: modal titles, labels, hints, options, buttons, headers and file names. Slack shows plain text
 * literally (no mentions, no links), so entities would appear as typed; instead control characters go, and runs
 * of whitespace (newlines included) become one space, since these fields are a single line.
 */
export function plainTextSafe(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** A file name built from people's text: plain, no path separators, no leading dot. */
export function safeFileName(text: string): string {
  const cleaned = plainTextSafe(text)
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+/, '');
  return cleaned || 'file';
}
