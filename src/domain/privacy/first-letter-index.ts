/**
 * A long alternation of words and phrases ("hit him|hungry|left alone|…", several hundred of them) costs the regular
 * expression engine a try of every alternative at every word boundary. This index groups the alternatives by the
 * characters they can start with, so each boundary tries only the few that could match there; the answers are the
 * same as one big case-insensitive `\b(?:a|b|…)` scanned with matchAll (same starts, same non-overlapping order).
 */

const DIGITS = '0123456789';

/** Top-level branches of a pattern source: "a|(?:b|c)d" → ["a", "(?:b|c)d"]. */
export function branchesOf(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (char === '[') at = classEnd(source, at);
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      branches.push(source.slice(start, at));
      start = at + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

function classEnd(source: string, open: number): number {
  let at = open + 1;
  if (source[at] === '^') at++;
  if (source[at] === ']') at++;
  while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
  return at;
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (char === '[') at = classEnd(source, at);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at;
  }
  return source.length - 1;
}

/** After an atom ending at `end`: does a quantifier let it match nothing, and where does the rest begin? */
function quantifier(source: string, end: number): { optional: boolean; rest: number } {
  const next = source[end + 1];
  if (next === '?' || next === '*') return { optional: true, rest: end + 2 + (source[end + 2] === '?' ? 1 : 0) };
  if (next === '+') return { optional: false, rest: end + 2 + (source[end + 2] === '?' ? 1 : 0) };
  if (next === '{') {
    const close = source.indexOf('}', end + 1);
    const optional = /^\{0\b/.test(source.slice(end + 1, close + 1));
    return { optional, rest: close + 1 + (source[close + 1] === '?' ? 1 : 0) };
  }
  return { optional: false, rest: end + 1 };
}

function classChars(body: string): Set<string> | undefined {
  if (body.startsWith('^')) return undefined;
  const chars = new Set<string>();
  for (let at = 0; at < body.length; at++) {
    let char = body[at] as string;
    if (char === '\\') {
      const escaped = body[++at] as string;
      if (escaped === 'd') for (const digit of DIGITS) chars.add(digit);
      else if (/[wWsSDpP]/.test(escaped)) return undefined;
      else chars.add(escaped.toLowerCase());
      continue;
    }
    if (body[at + 1] === '-' && at + 2 < body.length) {
      const last = body[at + 2] as string;
      for (let code = char.charCodeAt(0); code <= last.charCodeAt(0); code++)
        chars.add(String.fromCharCode(code).toLowerCase());
      at += 2;
      continue;
    }
    char = char.toLowerCase();
    chars.add(char);
  }
  return chars;
}

/** The lowercase characters a match of `source` can start with; undefined when that cannot be told. */
export function firstChars(source: string): Set<string> | undefined {
  if (source === '') return undefined; // an empty match could be followed by anything
  const char = source[0] as string;
  if (char === '^') return firstChars(source.slice(1));
  if (source.startsWith('\\b') || source.startsWith('\\B')) return firstChars(source.slice(2));
  if (source.startsWith('(?=') || source.startsWith('(?!') || source.startsWith('(?<=') || source.startsWith('(?<!'))
    return firstChars(source.slice(groupEnd(source, 0) + 1));
  let end: number;
  let atom: Set<string> | undefined;
  if (char === '(') {
    end = groupEnd(source, 0);
    const inner = source.slice(source.startsWith('(?:') ? 3 : 1, end);
    const { optional, rest } = quantifier(source, end);
    const tail = source.slice(rest);
    const union = new Set<string>();
    for (const branch of branchesOf(inner)) {
      const chars = firstChars(branch + tail);
      if (!chars) return undefined;
      for (const each of chars) union.add(each);
    }
    if (optional) {
      const chars = firstChars(tail);
      if (!chars) return undefined;
      for (const each of chars) union.add(each);
    }
    return union;
  }
  if (char === '[') {
    end = classEnd(source, 0);
    atom = classChars(source.slice(1, end));
  } else if (char === '\\') {
    end = 1;
    const escaped = source[1] as string;
    atom =
      escaped === 'd' ? new Set(DIGITS) : /[wWsSDpPu]/.test(escaped) ? undefined : new Set([escaped.toLowerCase()]);
  } else {
    end = 0;
    atom = char === '.' ? undefined : new Set([char.toLowerCase()]);
  }
  if (!atom) return undefined;
  const { optional, rest } = quantifier(source, end);
  if (!optional) return atom;
  const after = firstChars(source.slice(rest));
  return after ? new Set([...atom, ...after]) : undefined;
}

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at); // NaN outside the text
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export interface IndexedMatch {
  index: number;
  text: string;
}

export class FirstLetterIndex {
  readonly #byChar = new Map<string, RegExp>();
  readonly #anywhere: RegExp | undefined;
  readonly #wordStartsOnly: boolean;

  /**
   * `alternatives`: pattern sources, in the order the big alternation would try them, matched case-insensitively
   * after `prefix` (a word boundary unless told otherwise).
   */
  constructor(alternatives: string[], prefix = String.raw`\b`) {
    this.#wordStartsOnly = prefix === String.raw`\b`;
    const branches = alternatives.flatMap(branchesOf);
    const firsts = branches.map(firstChars);
    const chars = new Set(firsts.flatMap((set) => (set ? [...set] : [])));
    const compile = (list: string[]) => new RegExp(`${prefix}(?:${list.join('|')})`, 'iy');
    for (const char of chars)
      this.#byChar.set(char, compile(branches.filter((_, index) => firsts[index]?.has(char) ?? true)));
    const unknown = branches.filter((_, index) => !firsts[index]);
    this.#anywhere = unknown.length > 0 ? compile(unknown) : undefined;
  }

  /** The matches, left to right and not overlapping, as matchAll over the whole alternation would find them. */
  matches(text: string): IndexedMatch[] {
    const found: IndexedMatch[] = [];
    for (let at = 0; at < text.length; at++) {
      if (this.#wordStartsOnly && isWordChar(text, at) === isWordChar(text, at - 1)) continue;
      const pattern = this.#byChar.get((text[at] as string).toLowerCase()) ?? this.#anywhere;
      if (!pattern) continue;
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (!match) continue;
      found.push({ index: at, text: match[0] });
      at += Math.max(1, match[0].length) - 1;
    }
    return found;
  }

  starts(text: string): number[] {
    return this.matches(text).map((match) => match.index);
  }
}
