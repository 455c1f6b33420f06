import { createApp } from './app.js';
import { type Config, chooseStart, type SandboxConfig } from './config.js';
import { createLogger } from './logger.js';
import { startSandbox } from './sandbox/sandbox.js';

// The only impure entry: reads the environment, starts the app (or the local sandbox), and owns the signals.
const HARD_EXIT_MS = 10_000;

/** A .env file is optional: the environment itself wins, and production usually has no file at all. */
function loadDotEnv(): void {
  try {
    process.loadEnvFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function onSignals(stop: () => Promise<void>, log: (signal: string) => void): void {
  const shutdown = (signal: string) => {
    log(signal);
    setTimeout(() => process.exit(1), HARD_EXIT_MS).unref();
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

async function runSlack(config: Config): Promise<void> {
  const app = await createApp(config);
  onSignals(
    () => app.stop(),
    (signal) => app.logger.info({ signal }, 'shutting down'),
  );
  try {
    await app.start();
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    app.logger.fatal({ code, err: (error as Error).message }, 'could not start: check SLACK_BOT_TOKEN and the network');
    await app.stop();
    process.exit(1);
  }
}

async function runSandbox(config: SandboxConfig, reason: 'asked' | 'no-token'): Promise<void> {
  const sandbox = await startSandbox({ config, createApp, logger: createLogger(config.logLevel) });
  onSignals(
    () => sandbox.close(),
    () => undefined,
  );
  const why = reason === 'no-token' ? 'no Slack token is set, so ' : '';
  process.stdout.write(
    `Coalition Check-ins: ${why}this is a local sandbox with a simulated Slack and a demo coalition (data in ${config.databasePath}).\n` +
      `Open ${sandbox.url}\n`,
  );
}

async function main(): Promise<void> {
  loadDotEnv();
  const choice = chooseStart(process.env, { sandbox: process.argv.includes('--sandbox') });
  if (choice.kind === 'invalid') {
    process.stderr.write(`${choice.message}\n`);
    process.exit(1);
  }
  if (choice.kind === 'sandbox') await runSandbox(choice.config, choice.reason);
  else await runSlack(choice.config);
}

void main();
