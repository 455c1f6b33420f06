import { resolve } from 'node:path';
import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * Intl's list of canonical zones answers in about a millisecond; luxon's check builds a date formatter, which loads
 * the time zone data first (20–70 ms of the start-up). Aliases the list leaves out ("UTC") take luxon's check.
 */
function isTimeZone(zone: string): boolean {
  return Intl.supportedValuesOf('timeZone').includes(zone) || IANAZone.isValidZone(zone);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const configSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string({
      error: 'is required: the Bot User OAuth Token (xoxb-…) from your Slack app’s "OAuth & Permissions" page',
    })
    .trim()
    .regex(/^xoxb-/, 'must be a bot token starting with "xoxb-" (Slack app → OAuth & Permissions)'),
  SLACK_APP_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^xapp-/, 'must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens)')
      .optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalText.pipe(z.url('must be a URL such as https://slack.com/api/').optional()),
  PORT: z.coerce
    .number({ error: 'must be a port number such as 3000' })
    .int('must be a whole port number such as 3000')
    .min(0)
    .max(65535, 'must be a port number below 65536')
    .default(3000),
  DATABASE_PATH: z.string().trim().min(1).default('./data/coalition.db'),
  LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).default('info'),
  DEFAULT_TIMEZONE: z
    .string()
    .trim()
    .default('Europe/London')
    .refine(isTimeZone, 'must be an IANA timezone such as Europe/London'),
  JURISDICTION: z
    .enum(['uk', 'us'], 'must be uk or us (it chooses identifier rules, date order and helplines)')
    .default('uk'),
  RETENTION_CHECKIN_DAYS: retentionDays(180),
  RETENTION_TASK_DAYS: retentionDays(730),
  RETENTION_AUDIT_DAYS: retentionDays(730),
});

function retentionDays(fallback: number) {
  return z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .default(fallback);
}

const MISSING_MODE_SECRET =
  '  - SLACK_SIGNING_SECRET is required in HTTP mode (Basic Information → Signing Secret); ' +
  'or set SLACK_APP_TOKEN to use Socket Mode';

export type ConfigInput = z.input<typeof configSchema>;

export interface Config {
  slack: {
    botToken: string;
    appToken: string | undefined;
    signingSecret: string | undefined;
    apiUrl: string | undefined;
    mode: 'socket' | 'http';
  };
  port: number;
  databasePath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  defaultTimezone: string;
  jurisdiction: 'uk' | 'us';
  /** Days to keep: check-in free text after its cycle closes; tasks after they close; audit entries. */
  retention: { checkinDays: number; taskDays: number; auditDays: number };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

const SETUP_HINT =
  'No Slack token is set. Create the app from manifest.yml first: see "Install in Slack" in README.md, ' +
  'then copy .env.example to .env and fill in SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET).';

/** Reads the environment once; every problem is reported together so one edit fixes them all. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(env);
  const noModeSecret = !env.SLACK_APP_TOKEN?.trim() && !env.SLACK_SIGNING_SECRET?.trim();
  if (!parsed.success || noModeSecret) {
    const problems = (parsed.error?.issues ?? []).map(
      (issue) => `  - ${issue.path.join('.') || 'environment'} ${issue.message}`,
    );
    if (noModeSecret) problems.push(MISSING_MODE_SECRET);
    const noToken = !env.SLACK_BOT_TOKEN?.trim() && !env.SLACK_APP_TOKEN?.trim();
    const lines = ['Configuration is not valid:', ...problems];
    if (noToken) lines.push('', SETUP_HINT);
    return { ok: false, message: lines.join('\n') };
  }
  const values = parsed.data;
  return {
    ok: true,
    config: {
      slack: {
        botToken: values.SLACK_BOT_TOKEN,
        appToken: values.SLACK_APP_TOKEN,
        signingSecret: values.SLACK_SIGNING_SECRET,
        apiUrl: values.SLACK_API_URL,
        mode: values.SLACK_APP_TOKEN ? 'socket' : 'http',
      },
      ...appSettings(values, values.DATABASE_PATH),
    },
  };
}

/** What the app and the sandbox share: everything but Slack's settings. */
function appSettings(
  values: Pick<
    z.output<typeof configSchema>,
    | 'PORT'
    | 'LOG_LEVEL'
    | 'DEFAULT_TIMEZONE'
    | 'JURISDICTION'
    | 'RETENTION_CHECKIN_DAYS'
    | 'RETENTION_TASK_DAYS'
    | 'RETENTION_AUDIT_DAYS'
  >,
  databasePath: string,
): Omit<Config, 'slack'> {
  return {
    port: values.PORT,
    databasePath,
    logLevel: values.LOG_LEVEL,
    defaultTimezone: values.DEFAULT_TIMEZONE,
    jurisdiction: values.JURISDICTION,
    retention: {
      checkinDays: values.RETENTION_CHECKIN_DAYS,
      taskDays: values.RETENTION_TASK_DAYS,
      auditDays: values.RETENTION_AUDIT_DAYS,
    },
  };
}

/** The local sandbox's settings: no Slack tokens, and its own database so it never touches the real one. */
export type SandboxConfig = Omit<Config, 'slack'>;

export type StartChoice =
  | { kind: 'slack'; config: Config }
  | { kind: 'sandbox'; config: SandboxConfig; reason: 'asked' | 'no-token' }
  | { kind: 'invalid'; message: string };

const sandboxSchema = configSchema
  .omit({ SLACK_BOT_TOKEN: true, SLACK_APP_TOKEN: true, SLACK_SIGNING_SECRET: true, SLACK_API_URL: true })
  .extend({
    SANDBOX_DATABASE_PATH: z.string().trim().min(1).default('./data/sandbox.db'),
    // A sandbox's console is for its address; the app's own logs are there when asked for.
    LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).default('warn'),
  });

/**
 * Slack when a token is set; otherwise, outside production, the local sandbox (and always when asked for, as
 * `npm run sandbox` does). In production a missing token stays a configuration error.
 */
export function chooseStart(env: Record<string, string | undefined>, options: { sandbox: boolean }): StartChoice {
  const noToken = !env.SLACK_BOT_TOKEN?.trim() && !env.SLACK_APP_TOKEN?.trim();
  const wantsSandbox = options.sandbox || (noToken && env.NODE_ENV?.trim() !== 'production');
  if (!wantsSandbox) {
    const loaded = loadConfig(env);
    return loaded.ok ? { kind: 'slack', config: loaded.config } : { kind: 'invalid', message: loaded.message };
  }
  const parsed = sandboxSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')} ${issue.message}`);
    return { kind: 'invalid', message: ['Configuration is not valid:', ...problems].join('\n') };
  }
  const values = parsed.data;
  const production = resolve(env.DATABASE_PATH?.trim() || './data/coalition.db');
  if (resolve(values.SANDBOX_DATABASE_PATH) === production)
    return {
      kind: 'invalid',
      message: `Configuration is not valid:\n  - SANDBOX_DATABASE_PATH must not be the production database (${production})`,
    };
  return {
    kind: 'sandbox',
    reason: options.sandbox ? 'asked' : 'no-token',
    config: appSettings(values, values.SANDBOX_DATABASE_PATH),
  };
}
