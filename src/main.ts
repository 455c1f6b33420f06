import { createApp } from './app.js';
import { loadConfig } from './config.js';

// The only impure entry: reads the environment, starts the app, and owns the process signals.
const HARD_EXIT_MS = 10_000;

/** A .env file is optional: the environment itself wins, and production usually has no file at all. */
function loadDotEnv(): void {
  try {
    process.loadEnvFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    process.exit(1);
  }
  const app = await createApp(loaded.config);
  const shutdown = (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), HARD_EXIT_MS).unref();
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  try {
    await app.start();
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    app.logger.fatal({ code, err: (error as Error).message }, 'could not start: check SLACK_BOT_TOKEN and the network');
    await app.stop();
    process.exit(1);
  }
}

void main();
