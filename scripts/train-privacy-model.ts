// Trains the privacy detector's second opinion (src/domain/privacy/learned/) and writes its weights as code:
//   node --import tsx scripts/train-privacy-model.ts          leave-one-writer-out table, threshold grid, weights
//   node --import tsx scripts/train-privacy-model.ts --check  the table only; writes nothing
// Deterministic: the same fixtures give the same weights, which test/unit/domain/privacy/learned.test.ts checks.
import { writeFileSync } from 'node:fs';
import { combine, THRESHOLDS, type Thresholds } from '../src/domain/privacy/learned/combine.js';
import { encodeWeights, probabilityOf } from '../src/domain/privacy/learned/model.js';
import { train } from '../src/domain/privacy/learned/train.js';
import type { Finding } from '../src/domain/privacy/types.js';
import { examplesOf, loadScannedRows, type ScannedRow } from './privacy-training.js';

const print = (line: string) => process.stdout.write(`${line}\n`);
const rows = loadScannedRows();
const writers = [...new Set(rows.map((row) => row.writer))];

// Out-of-fold probabilities: each writer's rows scored by a model trained on the other writers only.
const outOfFold = new Map<ScannedRow, number>();
for (const writer of writers) {
  const model = train(examplesOf(rows.filter((row) => row.writer !== writer)));
  for (const row of rows.filter((each) => each.writer === writer))
    outOfFold.set(row, probabilityOf(row.features, model));
}

type Decide = (row: ScannedRow) => boolean;
const blocks = (findings: Finding[]) => findings.some((finding) => finding.level === 'block');
const rulesAlone: Decide = (row) => blocks(row.scan.findings);
const withModel =
  (thresholds: Thresholds): Decide =>
  (row) =>
    blocks(combine(row.text, row.scan, outOfFold.get(row) ?? 0.5, thresholds));

interface Figures {
  recall: number;
  falsePositives: number;
  line: string;
}
function figures(part: ScannedRow[], decide: Decide): Figures {
  const block = part.filter((row) => row.expect === 'block');
  const safe = part.filter((row) => row.expect === 'safe');
  const warn = part.filter((row) => row.expect === 'warn');
  const caught = block.filter(decide).length;
  const falseBlocks = safe.filter(decide).length;
  const recall = caught / Math.max(1, block.length);
  const falsePositives = falseBlocks / Math.max(1, safe.length);
  const line = `recall ${recall.toFixed(3)} (${caught}/${block.length})  FP ${(100 * falsePositives).toFixed(1)}% (${falseBlocks}/${safe.length})  warn rows blocked ${warn.filter(decide).length}/${warn.length}`;
  return { recall, falsePositives, line };
}

function table(title: string, decide: Decide): Figures[] {
  print(title);
  const perFold = writers.map((writer) => {
    const result = figures(
      rows.filter((row) => row.writer === writer),
      decide,
    );
    print(`  ${writer.padEnd(8)} ${result.line}`);
    return result;
  });
  print(`  ${'pooled'.padEnd(8)} ${figures(rows, decide).line}`);
  return perFold;
}

print(`${rows.length} sentences from ${writers.length} writers: ${writers.join(', ')}`);
table('rules alone', rulesAlone);
table(
  `rules + model (blockAbove ${THRESHOLDS.blockAbove}, clearBelow ${THRESHOLDS.clearBelow}), held-out writer`,
  withModel(THRESHOLDS),
);

// The thresholds are chosen on the pooled out-of-fold figures: the most recall with at most 3% false positives.
const grid: Array<{ thresholds: Thresholds; pooled: Figures; worst: number }> = [];
for (const blockAbove of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.01])
  for (const clearBelow of [-1, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3]) {
    const thresholds = { blockAbove, clearBelow };
    const decide = withModel(thresholds);
    const pooled = figures(rows, decide);
    const worst = Math.min(
      ...writers.map(
        (writer) =>
          figures(
            rows.filter((row) => row.writer === writer),
            decide,
          ).recall,
      ),
    );
    grid.push({ thresholds, pooled, worst });
  }
grid.sort(
  (a, b) =>
    Number(b.pooled.falsePositives <= 0.03) - Number(a.pooled.falsePositives <= 0.03) ||
    b.pooled.recall - a.pooled.recall ||
    a.pooled.falsePositives - b.pooled.falsePositives,
);
print('best thresholds on the pooled held-out-writer figures:');
for (const { thresholds, pooled, worst } of grid.slice(0, 8))
  print(
    `  blockAbove ${thresholds.blockAbove}, clearBelow ${thresholds.clearBelow}: ${pooled.line}; worst fold recall ${worst.toFixed(3)}`,
  );

if (!process.argv.includes('--check')) {
  const model = train(examplesOf(rows));
  const path = new URL('../src/domain/privacy/learned/weights.generated.ts', import.meta.url);
  writeFileSync(
    path,
    `// Written by scripts/train-privacy-model.ts from ${rows.length} sentences (${writers.join(', ')}); do not edit.\nexport const MODEL = { bias: ${model.bias}, weights: '${encodeWeights(model.weights)}' };\n`,
  );
  print(
    `weights written: ${model.weights.filter((weight) => weight !== 0).length} non-zero of ${model.weights.length}`,
  );
}
