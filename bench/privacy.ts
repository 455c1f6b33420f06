import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectIdentifyingDetails, type Jurisdiction } from '../src/domain/privacy/index.js';

const DURATION_MS = 2000;

/** Detector throughput over the labelled corpus: sentences scanned per second on one core. */
export async function benchPrivacy(): Promise<void> {
  const corpus = JSON.parse(
    readFileSync(new URL('../test/fixtures/privacy-corpus.json', import.meta.url), 'utf8'),
  ) as Array<{ text: string; jurisdiction: Jurisdiction }>;
  const allow = {
    staffNames: ['Priya Shah', 'Tom Okafor', 'Sam Patel', 'Amina Hussain', 'Maria Lopez'],
    organisations: ["St Mary's Primary", 'Northside Health', 'Northside Youth Club', 'Westfield'],
    contacts: ['1-800-555-0199', '0113 496 0000', 'hello@northside.org'],
  };
  let scanned = 0;
  const started = performance.now();
  while (performance.now() - started < DURATION_MS) {
    for (const row of corpus) detectIdentifyingDetails(row.text, { jurisdiction: row.jurisdiction, allow });
    scanned += corpus.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${corpus.length} corpus sentences scanned ${scanned} times in ${seconds.toFixed(2)} s: ${Math.round(scanned / seconds).toLocaleString('en-GB')} sentences/s`,
  );
}
