import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, ms } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 3;
const LIMIT_MS = 180_000;

/** The environment of someone trying the app: no Slack tokens, not production, a fresh sandbox database. */
function trialEnv(databasePath: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SANDBOX_DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' };
  for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'NODE_ENV']) delete env[name];
  return env;
}

/** Starts a real process and resolves with the time until its sandbox page answers 200. */
async function timeToPage(command: string, args: string[]): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'coalition-sandbox-bench-'));
  const started = performance.now();
  // Its own process group, so stopping it also stops the node process npm starts.
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: trialEnv(join(folder, 'sandbox.db')),
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error('the sandbox did not print its address in time')), LIMIT_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const found = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}:\n${output}`)));
    });
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`the page answered ${response.status}`);
    await response.text();
    return performance.now() - started;
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await new Promise((done) => child.once('exit', done));
    rmSync(folder, { recursive: true, force: true });
  }
}

/** From `npm start` with no tokens to the sandbox page answering, on a fresh database (seeding included). */
export async function benchSandboxStartup(): Promise<void> {
  const npmStart = await timeToPage('npm', ['start']);
  console.log(`npm start (build, migrate, seed the demo coalition) → page answering: ${ms(npmStart)}`);
  const direct: number[] = [];
  for (let run = 0; run < RUNS; run += 1) direct.push(await timeToPage(process.execPath, ['dist/main.js']));
  console.log(
    `node dist/main.js (already built) → page answering: median ${ms(median(direct))} (min ${ms(Math.min(...direct))}, max ${ms(Math.max(...direct))}) over ${RUNS} runs`,
  );
}
