import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ path: relative(SRC, join(SRC, file)), text: readFileSync(join(SRC, file), 'utf8') }));

function importsOf(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

interface Rule {
  name: string;
  appliesTo: (path: string) => boolean;
  forbids: (text: string, imports: string[]) => boolean;
}

const importsAny = (imports: string[], patterns: RegExp[]) =>
  imports.some((spec) => patterns.some((pattern) => pattern.test(spec)));

const RULES: Rule[] = [
  {
    name: 'domain/ imports no Slack, database, cron, logger, node: or outer layers',
    appliesTo: (path) => path.startsWith('domain/'),
    forbids: (_text, imports) =>
      importsAny(imports, [
        /^@slack\//,
        /^drizzle-orm/,
        /^better-sqlite3/,
        /^node-cron/,
        /^pino/,
        /^node:/,
        /\.\.\/(db|slack|services|scheduler|simulator)\//,
      ]),
  },
  {
    name: 'domain/ never reads the clock or the process',
    appliesTo: (path) => path.startsWith('domain/'),
    forbids: (text) => /new Date\(\)|Date\.now\(|\bprocess\./.test(text),
  },
  {
    name: 'only slack/ imports Bolt or the Web API (logger.ts may adapt the Bolt logger)',
    appliesTo: (path) => !path.startsWith('slack/') && path !== 'logger.ts',
    forbids: (_text, imports) => importsAny(imports, [/^@slack\/(bolt|web-api)/]),
  },
  {
    name: 'only db/ imports drizzle or better-sqlite3',
    appliesTo: (path) => !path.startsWith('db/'),
    forbids: (_text, imports) => importsAny(imports, [/^drizzle-orm/, /^better-sqlite3/]),
  },
  {
    name: 'only config.ts and main.ts touch process.env',
    appliesTo: (path) => path !== 'config.ts' && path !== 'main.ts',
    forbids: (text) => /process\.env/.test(text),
  },
  { name: 'no console in src/', appliesTo: () => true, forbids: (text) => /\bconsole\./.test(text) },
  {
    name: 'services/ do not import slack/',
    appliesTo: (path) => path.startsWith('services/'),
    forbids: (_text, imports) => importsAny(imports, [/\/slack\//]),
  },
  {
    name: 'simulator/ stands alone',
    appliesTo: (path) => path.startsWith('simulator/'),
    forbids: (_text, imports) => importsAny(imports, [/^\.\.\//, /^@slack\//]),
  },
  {
    name: 'only scheduler/ imports node-cron',
    appliesTo: (path) => !path.startsWith('scheduler/'),
    forbids: (_text, imports) => importsAny(imports, [/^node-cron/]),
  },
];

function offenders(rule: Rule, sources = files): string[] {
  return sources
    .filter((file) => rule.appliesTo(file.path) && rule.forbids(file.text, importsOf(file.text)))
    .map((file) => file.path);
}

describe('architecture', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(RULES.map((rule) => [rule.name, rule]))('%s', (_name, rule) => {
    expect(offenders(rule as Rule)).toEqual([]);
  });

  it.each([
    ['a domain file importing Bolt', { path: 'domain/x.ts', text: "import { App } from '@slack/bolt';" }, 0],
    ['a domain file reading the clock', { path: 'domain/x.ts', text: 'const now = Date.now();' }, 1],
    ['a service reading the environment', { path: 'services/x.ts', text: 'const x = process.env.X;' }, 4],
    ['a listener using console', { path: 'slack/x.ts', text: 'console.log(1);' }, 5],
  ])('would catch %s', (_name, file, ruleIndex) => {
    const rule = RULES[ruleIndex as number] as Rule;
    expect(offenders(rule, [file as { path: string; text: string }])).toEqual([(file as { path: string }).path]);
  });
});
