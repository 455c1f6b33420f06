import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNED = ['src', 'test', 'bench', '.ci'];

/** Quoted relative paths ('../x', "../../y", `../z`) and absolute paths into a sibling checkout such as /work/shared. */
const RELATIVE = /(["'`])((?:\.\.\/)+[^"'`\s]*)\1/g;
const ABSOLUTE = /(["'`])(\/(?:work|home|Users|tmp)\/[^"'`\s]*)\1/g;

/** The places a file points to outside the repository root: paths that would break in a fresh clone. */
function outsideReferences(file: string, text: string, root: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(RELATIVE)) {
    const target = resolve(dirname(file), match[2] ?? '');
    if (target !== root && !target.startsWith(root + sep)) found.push(match[2] ?? '');
  }
  for (const match of text.matchAll(ABSOLUTE)) found.push(match[2] ?? '');
  return found;
}

function filesUnder(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the project is self-contained', () => {
  it('catches paths that leave the repository, and lets paths inside it be', () => {
    const root = '/repo';
    expect(
      outsideReferences('/repo/test/unit/a.test.ts', "new URL('../../../shared/x.json', import.meta.url)", root),
    ).toEqual(['../../../shared/x.json']);
    expect(outsideReferences('/repo/src/a.ts', "readFileSync('/work/shared/design/product.md')", root)).toEqual([
      '/work/shared/design/product.md',
    ]);
    expect(outsideReferences('/repo/bench/run.ts', 'import x from "../../sibling/y.js";', root)).toEqual([
      '../../sibling/y.js',
    ]);
    expect(
      outsideReferences('/repo/test/unit/a.test.ts', "new URL('../fixtures/slack/s.json', import.meta.url)", root),
    ).toEqual([]);
    expect(outsideReferences('/repo/src/db/client.ts', "resolve(here, '../../migrations')", root)).toEqual([]);
  });

  it('has no file in src/, test/, bench/ or .ci/ that refers to a path outside the repository', () => {
    const offenders = SCANNED.flatMap((folder) => filesUnder(join(ROOT, folder)))
      .filter((file) => /\.(ts|js|mjs|cjs|json|sh|ya?ml)$/.test(file) || !/\.[a-z0-9]+$/i.test(file))
      .filter((file) => file !== fileURLToPath(import.meta.url))
      .flatMap((file) =>
        outsideReferences(file, readFileSync(file, 'utf8'), ROOT).map((ref) => `${relative(ROOT, file)}: ${ref}`),
      );
    expect(offenders).toEqual([]);
  });
});
