export type Token =
  | { type: 'word'; value: string }
  | { type: 'user'; id: string }
  | { type: 'channel'; id: string }
  | { type: 'option'; key: string; value: string };

// Slack escapes &, < and > in command text; mentions arrive as <@U123|name> (should_escape) or <@U123>.
const ENTITY = /&(amp|lt|gt);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
const QUOTES = /[“”„]/g;

function unescapeSlack(text: string): string {
  return text.replace(ENTITY, (_match, name: string) => ENTITIES[name] ?? '');
}

const TOKEN_PATTERN =
  /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>|<#(C[A-Z0-9]+)(?:\|[^>]*)?>|([a-z_]+):"([^"]*)"?|"([^"]*)"?|(\S+)/gi;

/** Splits command text into words, @mentions, #channels, "quoted phrases" and key:value options. */
export function tokenize(rawText: string): Token[] {
  const text = rawText.replace(QUOTES, '"');
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const [, userId, channelId, quotedKey, quotedValue, quoted, bare] = match;
    if (userId) tokens.push({ type: 'user', id: userId.toUpperCase() });
    else if (channelId) tokens.push({ type: 'channel', id: channelId.toUpperCase() });
    else if (quotedKey !== undefined)
      tokens.push({ type: 'option', key: quotedKey.toLowerCase(), value: unescapeSlack(quotedValue ?? '').trim() });
    else if (quoted !== undefined) tokens.push({ type: 'word', value: unescapeSlack(quoted).trim() });
    else if (bare !== undefined) tokens.push(bareToken(unescapeSlack(bare)));
  }
  return tokens;
}

function bareToken(value: string): Token {
  const option = /^([a-z_]+):(.+)$/i.exec(value);
  if (option?.[1] && option[2] && !/^https?$/i.test(option[1])) {
    return { type: 'option', key: option[1].toLowerCase(), value: option[2] };
  }
  return { type: 'word', value };
}

export function wordsOf(tokens: Token[]): string[] {
  return tokens.flatMap((token) => (token.type === 'word' ? [token.value] : []));
}

export function usersOf(tokens: Token[]): string[] {
  return tokens.flatMap((token) => (token.type === 'user' ? [token.id] : []));
}

export function optionsOf(tokens: Token[]): Map<string, string> {
  return new Map(tokens.flatMap((token) => (token.type === 'option' ? [[token.key, token.value] as const] : [])));
}
