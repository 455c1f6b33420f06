import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What `node dist/main.js` evaluates before it answers /healthz: main.ts, the app and config it imports first thing,
// and their static imports. Other dynamic `import()`s and `import type` are left out: they cost nothing at start.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] ?? '',
  );
}

function startPath(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = ['main.ts', 'app.ts', 'config.ts'].map((file) => join(SRC, file));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = join(dirname(file), spec).replace(/\.js$/, '.ts');
      if (existsSync(target)) queue.push(target);
    }
  }
  return { files, packages };
}

describe('the start path', () => {
  const { files, packages } = startPath();

  it('is found (main.ts reaches the composition root and the Slack app)', () => {
    expect(files.has(join(SRC, 'app.ts'))).toBe(true);
    expect(files.has(join(SRC, 'slack/bolt.ts'))).toBe(true);
  });

  it("takes Bolt's App file, not its index, which loads Express and every other receiver to re-export them", () => {
    expect(packages.has('@slack/bolt')).toBe(false);
    expect(readFileSync(join(SRC, 'slack/bolt.ts'), 'utf8')).toContain("('@slack/bolt/dist/App.js')");
  });

  it('leaves out the privacy detector and its names library, which load after /healthz answers', () => {
    expect([...files].filter((file) => /\/domain\/privacy\/(?:names|detector|index)\.ts$/.test(file))).toEqual([]);
    expect([...packages].filter((name) => name.startsWith('compromise'))).toEqual([]);
  });

  it('leaves out chrono, which only task due dates need, loaded after /healthz answers as the scanner is', () => {
    expect([...packages].filter((name) => name.startsWith('chrono-node'))).toEqual([]);
  });

  it('leaves out node-cron, which the heartbeat imports once the app listens', () => {
    expect(packages.has('node-cron')).toBe(false);
  });

  it('leaves out the report, chart and PDF libraries and the sandbox, which load on first use', () => {
    expect([...packages].filter((name) => /^(?:pdfkit|echarts|@resvg\/)/.test(name))).toEqual([]);
    expect([...files].filter((file) => file.includes('/sandbox/'))).toEqual([]);
  });
});
