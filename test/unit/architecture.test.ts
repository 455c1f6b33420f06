import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** A source file, its path relative to src/ with forward slashes (e.g. 'domain/tasks.ts'). */
interface Source {
  path: string;
  text: string;
}

interface Import {
  /** The specifier as written: '@slack/bolt', '../db/client.js'. */
  spec: string;
  /** For a relative specifier, where it lands relative to src/ ('db/client.js'); '../…' when outside src/. */
  target: string | undefined;
  /** The import clause: 'type { Logger as BoltLogger }', '{ LogLevel }', '' for a side-effect import. */
  clause: string;
}

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const files: Source[] = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ path: file.split(sep).join('/'), text: readFileSync(join(SRC, file), 'utf8') }));

/** Drops comments so that prose such as "never calls Date.now()" is not mistaken for code. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

function importsOf(file: Source): Import[] {
  const text = code(file.text);
  const found: Array<{ spec: string; clause: string }> = [
    // import x from '…'; import type { A } from '…'; export { a } from '…'; export * from '…' (clauses may span lines)
    ...[...text.matchAll(/^\s*(?:import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)].map((match) => ({
      clause: match[1] ?? '',
      spec: match[2] ?? '',
    })),
    // import '…' (side effects only)
    ...[...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((match) => ({ clause: '', spec: match[1] ?? '' })),
    // await import('…')
    ...[...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => ({ clause: '', spec: match[1] ?? '' })),
  ];
  return found.map(({ spec, clause }) => ({
    spec,
    clause,
    target: spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file.path), spec)) : undefined,
  }));
}

const inFolder = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const importsPackage = (file: Source, patterns: RegExp[]) =>
  importsOf(file).some((entry) => entry.target === undefined && patterns.some((pattern) => pattern.test(entry.spec)));
/** True when a relative import of the file lands in src/ but outside the given folder. */
const leavesFolder = (file: Source, folder: string) =>
  importsOf(file).some(
    (entry) => entry.target !== undefined && !entry.target.startsWith('../') && !inFolder(folder)(entry.target),
  );
const reachesFolder = (file: Source, folder: string) =>
  importsOf(file).some((entry) => entry.target !== undefined && inFolder(folder)(entry.target));

/** What the Bolt logger adapter in logger.ts needs from Bolt, and nothing more. */
const LOGGER_BOLT_NAMES = new Set(['Logger', 'LogLevel']);
function importedNames(clause: string): string[] {
  const braces = /\{([^}]*)\}/.exec(clause)?.[1];
  if (braces === undefined) return [clause.replace(/^type\s+/, '').trim() || '*'];
  return braces
    .split(',')
    .map((part) =>
      part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]
        ?.trim(),
    )
    .filter((name): name is string => Boolean(name));
}

interface Rule {
  name: string;
  appliesTo: (path: string) => boolean;
  breaks: (file: Source) => boolean;
  /** Synthetic files the rule must flag, and ones it must let through: proof the check can fail. */
  bad: Source[];
  good: Source[];
}

const RULES: Rule[] = [
  {
    name: 'domain/ imports no Slack, database, cron, logger or node: module, and nothing in src/ outside domain/',
    appliesTo: inFolder('domain'),
    breaks: (file) =>
      importsPackage(file, [/^@slack\//, /^drizzle-orm/, /^better-sqlite3/, /^node-cron/, /^pino/, /^node:/]) ||
      leavesFolder(file, 'domain'),
    bad: [
      { path: 'domain/a.ts', text: "import { App } from '@slack/bolt';" },
      { path: 'domain/b.ts', text: "import { eq } from 'drizzle-orm';" },
      { path: 'domain/c.ts', text: "import { readFileSync } from 'node:fs';" },
      { path: 'domain/d.ts', text: "import type { Db } from '../db/client.js';" },
      { path: 'domain/privacy/e.ts', text: "import {\n  x,\n} from '../../services/index.js';" },
      { path: 'domain/f.ts', text: "const cron = await import('node-cron');" },
      { path: 'domain/g.ts', text: "export * from '../scheduler/jobs.js';" },
      { path: 'domain/h.ts', text: "import pino from 'pino';" },
    ],
    good: [
      { path: 'domain/privacy/a.ts', text: "import { DateTime } from 'luxon';\nimport { x } from '../tasks.js';" },
      { path: 'domain/b.ts', text: "// import { App } from '@slack/bolt';\nexport const b = 1;" },
    ],
  },
  {
    name: 'domain/ never reads the clock or the process',
    appliesTo: inFolder('domain'),
    breaks: (file) => /\bprocess\.|new Date\(\s*\)|Date\.now\(/.test(code(file.text)),
    bad: [
      { path: 'domain/a.ts', text: 'const now = Date.now();' },
      { path: 'domain/b.ts', text: 'const now = new Date();' },
      { path: 'domain/c.ts', text: 'const tz = process.env.TZ;' },
      { path: 'domain/d.ts', text: 'process.exit(1);' },
    ],
    good: [
      { path: 'domain/a.ts', text: 'const due = new Date(now.getTime() + 1000);' },
      { path: 'domain/b.ts', text: '/** Pure: never calls Date.now() or new Date(). */\nexport const b = 1;' },
    ],
  },
  {
    name: 'only slack/ imports Bolt or the Web API (logger.ts may take Logger and LogLevel for its Bolt adapter)',
    appliesTo: (path) => !inFolder('slack')(path),
    breaks: (file) =>
      importsOf(file).some((entry) => {
        if (!/^@slack\/(bolt|web-api)(\/|$)/.test(entry.spec)) return false;
        if (file.path !== 'logger.ts' || entry.spec !== '@slack/bolt') return true;
        return importedNames(entry.clause).some((name) => !LOGGER_BOLT_NAMES.has(name));
      }),
    bad: [
      { path: 'services/a.ts', text: "import type { App } from '@slack/bolt';" },
      { path: 'app.ts', text: "import { WebClient } from '@slack/web-api';" },
      { path: 'logger.ts', text: "import { App, LogLevel } from '@slack/bolt';" },
      { path: 'logger.ts', text: "import { WebClient } from '@slack/web-api';" },
    ],
    good: [
      { path: 'slack/a.ts', text: "import { App } from '@slack/bolt';" },
      {
        path: 'logger.ts',
        text: "import type { Logger as BoltLogger } from '@slack/bolt';\nimport { LogLevel } from '@slack/bolt';",
      },
    ],
  },
  {
    name: 'only db/ imports drizzle-orm or better-sqlite3',
    appliesTo: (path) => !inFolder('db')(path),
    breaks: (file) => importsPackage(file, [/^drizzle-orm(\/|$)/, /^better-sqlite3(\/|$)/]),
    bad: [
      { path: 'services/a.ts', text: "import { eq } from 'drizzle-orm';" },
      { path: 'app.ts', text: "import Database from 'better-sqlite3';" },
    ],
    good: [{ path: 'db/a.ts', text: "import { drizzle } from 'drizzle-orm/better-sqlite3';" }],
  },
  {
    // compromise is pure JavaScript (no I/O, no clock), so the detector stays a pure domain module; only it uses it.
    name: 'only domain/privacy/ imports the NLP library (compromise)',
    appliesTo: (path) => !inFolder('domain/privacy')(path),
    breaks: (file) => importsPackage(file, [/^compromise(\/|$)/]),
    bad: [
      { path: 'domain/tasks.ts', text: "import nlp from 'compromise';" },
      { path: 'services/a.ts', text: "import nlp from 'compromise/two';" },
    ],
    good: [{ path: 'domain/privacy/names.ts', text: "import nlp from 'compromise';" }],
  },
  {
    name: 'only config.ts and main.ts read process.env',
    appliesTo: (path) => path !== 'config.ts' && path !== 'main.ts',
    breaks: (file) => /\bprocess\s*(\.|\[\s*['"])\s*env\b|\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/.test(code(file.text)),
    bad: [
      { path: 'services/a.ts', text: 'const x = process.env.X;' },
      { path: 'app.ts', text: "const x = process['env'].X;" },
      { path: 'slack/a.ts', text: 'const { env } = process;' },
    ],
    good: [{ path: 'main.ts', text: 'loadConfig(process.env);' }],
  },
  {
    name: 'no file in src/ uses console (log through the pino logger)',
    appliesTo: () => true,
    breaks: (file) => /\bconsole\s*\./.test(code(file.text)),
    bad: [
      { path: 'slack/a.ts', text: 'console.log(1);' },
      { path: 'main.ts', text: "console.error('boom');" },
    ],
    good: [{ path: 'main.ts', text: "logger.error('boom'); // not console.error" }],
  },
  {
    name: 'simulator/ stands alone: it imports nothing from the rest of src/',
    appliesTo: inFolder('simulator'),
    breaks: (file) => leavesFolder(file, 'simulator'),
    bad: [
      { path: 'simulator/a.ts', text: "import { COMMAND } from '../slack/ids.js';" },
      { path: 'simulator/deep/b.ts', text: "import type { Clock } from '../../clock.js';" },
    ],
    good: [
      { path: 'simulator/a.ts', text: "import { createServer } from 'node:http';\nimport { x } from './state.js';" },
      { path: 'simulator/deep/b.ts', text: "import { x } from '../state.js';" },
    ],
  },
  {
    name: 'services/ import nothing from slack/',
    appliesTo: inFolder('services'),
    breaks: (file) => reachesFolder(file, 'slack'),
    bad: [
      { path: 'services/a.ts', text: "import { COMMAND } from '../slack/ids.js';" },
      { path: 'services/tasks/b.ts', text: "import type { X } from '../../slack/blocks/elements.js';" },
    ],
    good: [{ path: 'services/tasks/a.ts', text: "import type { Clock } from '../../clock.js';" }],
  },
  {
    name: 'sandbox/ is a driver on the simulator: no slack/, services/, db/, domain/ or scheduler/, and only types from app.ts',
    appliesTo: inFolder('sandbox'),
    breaks: (file) =>
      importsOf(file).some(
        (entry) =>
          entry.target !== undefined &&
          (['slack', 'services', 'db', 'domain', 'scheduler'].some((folder) => inFolder(folder)(entry.target ?? '')) ||
            (entry.target === 'app.js' && !entry.clause.startsWith('type '))),
      ),
    bad: [
      { path: 'sandbox/a.ts', text: "import { ACTIONS } from '../slack/ids.js';" },
      { path: 'sandbox/b.ts', text: "import { createServices } from '../services/index.js';" },
      { path: 'sandbox/c.ts', text: "import type { Db } from '../db/client.js';" },
      { path: 'sandbox/render/d.ts', text: "import { taskRef } from '../../domain/tasks.js';" },
      { path: 'sandbox/e.ts', text: "import { createApp } from '../app.js';" },
    ],
    good: [
      { path: 'sandbox/a.ts', text: "import type { CoalitionApp } from '../app.js';" },
      { path: 'sandbox/b.ts', text: "import { startSlackSimulator } from '../simulator/index.js';" },
      { path: 'sandbox/render/c.ts', text: "import { escapeHtml } from './html.js';" },
    ],
  },
  {
    name: 'only main.ts starts the sandbox: nothing else outside sandbox/ imports it',
    appliesTo: (path) => path !== 'main.ts' && !inFolder('sandbox')(path),
    breaks: (file) => reachesFolder(file, 'sandbox'),
    bad: [
      { path: 'app.ts', text: "import { startSandbox } from './sandbox/sandbox.js';" },
      { path: 'slack/a.ts', text: "import { blocksHtml } from '../sandbox/render/blocks.js';" },
    ],
    good: [{ path: 'main.ts', text: "import { startSandbox } from './sandbox/sandbox.js';" }],
  },
  {
    name: 'only scheduler/ imports node-cron',
    appliesTo: (path) => !inFolder('scheduler')(path),
    breaks: (file) => importsPackage(file, [/^node-cron$/]),
    bad: [{ path: 'services/a.ts', text: "import cron from 'node-cron';" }],
    good: [{ path: 'scheduler/a.ts', text: "import cron from 'node-cron';" }],
  },
];

function offenders(rule: Rule, sources: Source[] = files): string[] {
  return sources.filter((file) => rule.appliesTo(file.path) && rule.breaks(file)).map((file) => file.path);
}

describe('architecture', () => {
  it('finds the source files in every layer', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const folder of ['domain', 'db', 'services', 'slack', 'scheduler', 'simulator', 'sandbox']) {
      expect(
        files.some((file) => inFolder(folder)(file.path)),
        `no .ts files under src/${folder}`,
      ).toBe(true);
    }
  });

  it('reads imports in every form the rules rely on', () => {
    const file = {
      path: 'domain/privacy/x.ts',
      text: [
        "import type { A } from './a.js';",
        "import {\n  b,\n  c,\n} from '../../db/client.js';",
        "export * from '@slack/bolt';",
        "import 'node:fs';",
        "const d = await import('pino');",
        "// import e from 'ignored-in-a-comment';",
      ].join('\n'),
    };
    expect(importsOf(file).map((entry) => [entry.spec, entry.target])).toEqual([
      ['./a.js', 'domain/privacy/a.js'],
      ['../../db/client.js', 'db/client.js'],
      ['@slack/bolt', undefined],
      ['node:fs', undefined],
      ['pino', undefined],
    ]);
    expect(importedNames('type { Logger as BoltLogger, type LogLevel }')).toEqual(['Logger', 'LogLevel']);
  });

  describe.each(RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    it('holds for every file in src/', () => {
      const found = offenders(rule);
      expect(found, `${rule.name}; offending files:\n  src/${found.join('\n  src/')}`).toEqual([]);
    });

    it('flags its bad examples and passes its good ones (the check can fail)', () => {
      expect(offenders(rule, rule.bad)).toEqual(rule.bad.map((file) => file.path));
      expect(offenders(rule, rule.good)).toEqual([]);
    });
  });
});
