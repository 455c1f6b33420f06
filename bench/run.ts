// Runs the benchmarks (all, or those named): `npm run bench` or `npm run bench -- fanout`.
import { benchDigest } from './digest.js';
import { benchFanout } from './fanout.js';
import { benchPrivacy } from './privacy.js';
import { benchReport } from './report.js';
import { benchStartup } from './startup.js';

const BENCHES: Record<string, () => Promise<void>> = {
  startup: benchStartup,
  fanout: benchFanout,
  digest: benchDigest,
  privacy: benchPrivacy,
  tick: async () => void (await (await import('./tick.js')).benchTick()),
  report: benchReport,
  'sandbox-startup': async () => (await import('./sandbox-startup.js')).benchSandboxStartup(),
};

const wanted = process.argv.slice(2).filter((name) => name !== '--');
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"; choose from ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n## ${name}`);
  await bench();
}
