// Lists the out-of-fold errors of the rules + model on the training writers (never the held-out sets), for rule work:
//   node --import tsx scripts/privacy-errors.ts [writer…]
import { combine, opinionOf, THRESHOLDS } from '../src/domain/privacy/learned/combine.js';
import { TRAINING, train } from '../src/domain/privacy/learned/train.js';
import { examplesOf, loadScannedRows } from './privacy-training.js';

const rows = loadScannedRows();
const wanted = process.argv.slice(2);
const writers = [...new Set(rows.map((row) => row.writer))].filter((w) => wanted.length === 0 || wanted.includes(w));
for (const writer of writers) {
  const model = train(examplesOf(rows.filter((row) => row.writer !== writer)), TRAINING);
  for (const row of rows.filter((each) => each.writer === writer && each.expect !== 'warn')) {
    const { probability, span } = opinionOf(row.text, row.scan, model);
    const findings = combine(row.text, row.scan, probability, THRESHOLDS, span);
    const blocked = findings.some((f) => f.level === 'block');
    if (blocked === (row.expect === 'block')) continue;
    const what = row.scan.findings
      .map((f) => `${f.kind}:${f.level}:${f.score.toFixed(2)}[${row.text.slice(f.start, f.end)}]`)
      .join(' ');
    process.stdout.write(
      `${row.expect === 'safe' ? 'FP  ' : 'MISS'} ${writer} p=${probability.toFixed(3)} ${what}\n     ${row.text}\n`,
    );
  }
}
