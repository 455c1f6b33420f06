import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import pino, { type DestinationStream, type Logger } from 'pino';

export type AppLogger = Logger;

/**
 * Free text from partners (answers, notes, message text, modal state) and tokens never reach the logs.
 * Paths cover the shapes our services log and the Slack payloads Bolt may hand to the error handler.
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'botToken',
  'appToken',
  'signingSecret',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  'headers.authorization',
  '*.headers.authorization',
  'text',
  '*.text',
  '*.*.text',
  'blocks',
  '*.blocks',
  'answers',
  '*.answers',
  'note',
  '*.note',
  'view.state',
  '*.view.state',
  'body.view.state',
  'message',
  '*.message',
  'state',
  '*.state',
];

const TOKEN_PATTERN = /\bxox[a-z]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+/g;

export function scrubTokens(value: string): string {
  return value.replace(TOKEN_PATTERN, '[redacted token]');
}

export function createLogger(level: string, destination?: DestinationStream): AppLogger {
  const options = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { app: 'coalition-checkins' },
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? scrubTokens(arg) : arg)),
        );
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

// Bolt's levels are strings named as pino's; only their types are imported, since loading Bolt's index for four
// strings would load every receiver it has (src/slack/bolt.ts says what that costs).
const BOLT_LEVELS: ReadonlySet<string> = new Set(['debug', 'info', 'warn', 'error']);

function formatArgs(args: unknown[]): string {
  return args
    .map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? arg.message : safeJson(arg)))
    .join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * Bolt and @slack/web-api log request bodies at debug level; at info and above they log only
 * method names and error codes, so formatting their arguments to one line keeps the logs greppable.
 */
export function toBoltLogger(logger: AppLogger): BoltLogger {
  let child = logger.child({ component: 'bolt' });
  // Bolt logs at debug on every request: format only what will be written.
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      if (child.isLevelEnabled(level)) child[level](formatArgs(args));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: (level: LogLevel) => {
      child.level = BOLT_LEVELS.has(level) ? level : 'info';
    },
    getLevel: () => (BOLT_LEVELS.has(child.level) ? child.level : 'info') as LogLevel,
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}
