import { IANAZone } from 'luxon';
import { z } from 'zod';

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
    .refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA timezone such as Europe/London'),
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
      port: values.PORT,
      databasePath: values.DATABASE_PATH,
      logLevel: values.LOG_LEVEL,
      defaultTimezone: values.DEFAULT_TIMEZONE,
      jurisdiction: values.JURISDICTION,
      retention: {
        checkinDays: values.RETENTION_CHECKIN_DAYS,
        taskDays: values.RETENTION_TASK_DAYS,
        auditDays: values.RETENTION_AUDIT_DAYS,
      },
    },
  };
}
