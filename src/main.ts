import type { createApp as CreateApp } from './app.js';
import type { Config, SandboxConfig } from './config.js';
import { holdYoungGenerationSmall, releaseStartupGarbage } from './heap.js';
import { loadBoltPartsOnFirstUse } from './slack/bolt-parts-on-first-use.js';

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

async function runSlack(config: Config, createApp: typeof CreateApp): Promise<void> {
  const app = await createApp(config);
  onSignals(
    () => app.stop(),
    (signal) => app.logger.info({ signal }, 'shutting down'),
  );
  try {
    await app.start();
    void app.deferredModulesReady().then(releaseStartupGarbage, () => undefined);
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    app.logger.fatal({ code, err: (error as Error).message }, 'could not start: check SLACK_BOT_TOKEN and the network');
    await app.stop();
    process.exit(1);
  }
}

async function runSandbox(
  config: SandboxConfig,
  reason: 'asked' | 'no-token',
  createApp: typeof CreateApp,
): Promise<void> {
  // Loaded only when wanted, so a production start reads none of it.
  const [{ startSandbox }, { createLogger }] = await Promise.all([
    import('./sandbox/sandbox.js'),
    import('./logger.js'),
  ]);
  const sandbox = await startSandbox({ config, createApp, logger: createLogger(config.logLevel) });
  releaseStartupGarbage();
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
  // Before anything else loads, hence the dynamic imports below (heap.ts and bolt-parts-on-first-use.ts say why).
  holdYoungGenerationSmall();
  loadBoltPartsOnFirstUse();
  const [{ createApp }, { chooseStart }] = await Promise.all([import('./app.js'), import('./config.js')]);
  loadDotEnv();
  const choice = chooseStart(process.env, { sandbox: process.argv.includes('--sandbox') });
  if (choice.kind === 'invalid') {
    process.stderr.write(`${choice.message}\n`);
    process.exit(1);
  }
  if (choice.kind === 'sandbox') await runSandbox(choice.config, choice.reason, createApp);
  else await runSlack(choice.config, createApp);
}

void main();
