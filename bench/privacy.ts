import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectIdentifyingDetails, type Jurisdiction } from '../src/domain/privacy/index.js';
import type { BenchOptions, BenchRow } from './results.js';

const WARM_UP_MS = 500;
const DURATION_MS = 2000;

/**
 * Detector throughput over the labelled corpus, names library (compromise) included. Wall-clock sentences per second,
 * and per CPU-second too, because on a shared machine the wall clock also counts time spent waiting for a core.
 */
export async function benchPrivacy({ quick }: BenchOptions): Promise<BenchRow[]> {
  const corpus = JSON.parse(
    readFileSync(new URL('../test/fixtures/privacy-corpus.json', import.meta.url), 'utf8'),
  ) as Array<{ text: string; jurisdiction: Jurisdiction }>;
  const allow = {
    staffNames: ['Priya Shah', 'Tom Okafor', 'Sam Patel', 'Amina Hussain', 'Maria Lopez'],
    organisations: ["St Mary's Primary", 'Northside Health', 'Northside Youth Club', 'Westfield'],
    contacts: ['1-800-555-0199', '0113 496 0000', 'hello@northside.org'],
  };
  const scanFor = (milliseconds: number) => {
    let scanned = 0;
    const started = performance.now();
    while (performance.now() - started < milliseconds) {
      for (const row of corpus) detectIdentifyingDetails(row.text, { jurisdiction: row.jurisdiction, allow });
      scanned += corpus.length;
    }
    return { scanned, seconds: (performance.now() - started) / 1000 };
  };
  scanFor(WARM_UP_MS); // the JIT and compromise's lexicon settle before the clock starts
  const cpuBefore = process.cpuUsage();
  const { scanned, seconds } = scanFor(quick ? DURATION_MS / 4 : DURATION_MS);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return [
    {
      bench: 'privacy',
      what: `detector over the ${corpus.length}-sentence corpus`,
      app: scanned / seconds,
      unit: 'sentences/s',
      note: `${Math.round(scanned / cpuSeconds)} per CPU-second`,
    },
  ];
}
