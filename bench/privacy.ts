import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectIdentifyingDetails, type Jurisdiction } from '../src/domain/privacy/index.js';
import type { BenchOptions, BenchRow } from './results.js';

const DURATION_MS = 2000;

/** Detector throughput over the labelled corpus: sentences scanned per second on one core. */
export async function benchPrivacy({ quick }: BenchOptions): Promise<BenchRow[]> {
  const duration = quick ? DURATION_MS / 4 : DURATION_MS;
  const corpus = JSON.parse(
    readFileSync(new URL('../test/fixtures/privacy-corpus.json', import.meta.url), 'utf8'),
  ) as Array<{ text: string; jurisdiction: Jurisdiction }>;
  const allow = { staffNames: ['Priya Shah', 'Tom Okafor'], organisations: ["St Mary's Primary"], contacts: [] };
  let scanned = 0;
  const started = performance.now();
  while (performance.now() - started < duration) {
    for (const row of corpus) detectIdentifyingDetails(row.text, { jurisdiction: row.jurisdiction, allow });
    scanned += corpus.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return [
    {
      bench: 'privacy',
      what: `detector over the ${corpus.length}-sentence corpus`,
      app: scanned / seconds,
      unit: 'sentences/s',
    },
  ];
}
