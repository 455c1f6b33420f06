// Runs the benchmarks and prints one table: `npm run bench`, `npm run bench -- --quick`, `npm run bench -- ack fanout`.
// Every figure is measured beside its baseline in the same run (CPU here is shared), and written to bench/results.json.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { benchAck } from './ack.js';
import { benchDigest } from './digest.js';
import { benchFanout } from './fanout.js';
import { benchMemory } from './memory.js';
import { benchPrivacy } from './privacy.js';
import { benchReport } from './report.js';
import { type Bench, type BenchRow, formatNotes, formatTable, writeResults } from './results.js';
import { benchStartup } from './startup.js';
import { benchTickRows } from './tick-rows.js';

// One line per bench, so each helper's addition merges on its own.
const BENCHES: Record<string, Bench> = {
  startup: benchStartup,
  ack: benchAck,
  fanout: benchFanout,
  memory: benchMemory,
  tick: benchTickRows,
  digest: benchDigest,
  privacy: benchPrivacy,
  // The yearly report and the sandbox print their own lines (the report builds in a child process).
  report: () => benchReport().then(() => []),
  'sandbox-startup': () => import('./sandbox-startup.js').then((bench) => bench.benchSandboxStartup()).then(() => []),
};

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const quick = args.includes('--quick');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
const unknown = names.filter((name) => !BENCHES[name]);
if (unknown.length > 0) {
  console.error(`unknown benchmark "${unknown.join('", "')}"; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}

// The process benches run dist/main.js exactly as `npm start` does, so build it as `npm start` does first.
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
const rows: BenchRow[] = [];
for (const name of names) {
  const started = Date.now();
  process.stderr.write(`${name}… `);
  // One bench failing must not lose the others' figures.
  const measured = await BENCHES[name]?.({ quick }).catch((error: unknown) => [
    { bench: name, what: `failed: ${(error as Error).message}`, app: Number.NaN, unit: '' },
  ]);
  rows.push(...(measured ?? []));
  process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 1e9),
  node: process.version,
  quick,
};
writeResults(new URL('./results.json', import.meta.url).pathname, rows, machine);
console.log(
  `\n${formatTable(rows)}\n\n${formatNotes(rows)}\n\n${machine.cpu}, ${machine.cores} cores, Node ${machine.node}${quick ? ', --quick' : ''}`,
);
