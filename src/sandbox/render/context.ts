/** What the renderer needs to know about the workspace and the reader; plain data, so rendering stays pure. */
export interface RenderContext {
  /** Display names by Slack user id, for `<@U…>` mentions and user selects. */
  users: ReadonlyMap<string, string>;
  /** Channel names by id, for `<#C…>` mentions. */
  channels: ReadonlyMap<string, string>;
  /** The reader's IANA timezone: `<!date…>` shows in it, as Slack does. */
  tz: string;
  /** The sandbox clock, for "today"/"yesterday" in `<!date…>`. */
  now: Date;
  /** Makes DOM ids unique per surface (a view id, a message ts). */
  idPrefix: string;
}

export function renderContext(partial: Partial<RenderContext> = {}): RenderContext {
  return {
    users: new Map(),
    channels: new Map(),
    tz: 'Europe/London',
    now: new Date(0),
    idPrefix: 's',
    ...partial,
  };
}
