import { writeFileSync } from 'node:fs';

/** One measured line of the bench table; `bare` is the baseline measured beside it in the same run. */
export interface BenchRow {
  bench: string;
  what: string;
  app: number;
  bare?: number;
  unit: string;
  /** app / bare, or app / floor for the fan-out. */
  ratio?: number;
  goal?: string;
  met?: boolean;
  note?: string;
}

export interface BenchOptions {
  quick: boolean;
}

export type Bench = (options: BenchOptions) => Promise<BenchRow[]>;

function round(value: number): string {
  if (Number.isNaN(value)) return '—';
  if (Number.isInteger(value) || Math.abs(value) >= 100) return value.toFixed(0);
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

export function formatTable(rows: BenchRow[]): string {
  const header = ['bench', 'what', 'app', 'bare / floor', 'ratio', 'goal', 'met'];
  const lines = rows.map((row) => [
    row.bench,
    row.what,
    `${round(row.app)} ${row.unit}`.trim(),
    row.bare === undefined ? '' : `${round(row.bare)} ${row.unit}`,
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
    row.goal ?? '',
    row.met === undefined ? '' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

/** The rows' notes (how a figure was taken, its spread), one line each, to print under the table. */
export function formatNotes(rows: BenchRow[]): string {
  return rows
    .filter((row) => row.note)
    .map((row) => `- ${row.bench}, ${row.what}: ${row.note}`)
    .join('\n');
}

export function writeResults(path: string, rows: BenchRow[], machine: Record<string, unknown>): void {
  writeFileSync(path, `${JSON.stringify({ ranAt: new Date().toISOString(), machine, rows }, null, 2)}\n`);
}
