import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// No Docker engine runs here, so the Dockerfile is checked statically for the properties that matter.
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const _dockerfilePath = fileURLToPath(new URL('Dockerfile', root));
const dockerfile = read('Dockerfile');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

interface Instruction {
  keyword: string;
  args: string;
}

/** One entry per instruction: continuation lines joined, comments dropped. */
function instructionsOf(text: string): Instruction[] {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** Instructions grouped by build stage, each stage starting at its FROM. */
const stages = instructionsOf(dockerfile).reduce<Instruction[][]>((all, instruction) => {
  if (instruction.keyword === 'FROM') all.push([]);
  all.at(-1)?.push(instruction);
  return all;
}, []);
const build = stages[0] ?? [];
const runtime = stages.at(-1) ?? [];
const args = (stage: Instruction[], keyword: string) =>
  stage.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

describe('Dockerfile', () => {
  it('builds in one stage and runs in another, both on Node 20 slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(args(stage, 'FROM')[0]).toMatch(/^node:20-bookworm-slim\b/);
  });

  it('installs what better-sqlite3 needs to compile, then builds and drops dev dependencies', () => {
    const runs = args(build, 'RUN').join(' && ');
    const install = /apt-get install ([^&;]*)/.exec(runs)?.[1] ?? '';
    expect(install).toContain('--no-install-recommends');
    expect(install.split(/\s+/)).toEqual(expect.arrayContaining(['python3', 'make', 'g++']));
    expect(runs).toMatch(/\bnpm ci\b/);
    expect(runs).toMatch(/\bnpm run build\b/);
    // npm run build bundles dist/main.js with scripts/bundle.mjs.
    for (const script of packageJson.scripts.build?.match(/scripts\/\S+/g) ?? [])
      expect(args(build, 'COPY').join('\n')).toMatch(new RegExp(`^${script.split('/')[0]} `, 'm'));
    expect(runs).toMatch(/\bnpm prune --omit=dev\b/);
    expect(args(runtime, 'RUN').join(' ')).not.toMatch(/g\+\+|npm (ci|install)/);
  });

  it('copies the built app, its production dependencies and the migrations into the runtime stage', () => {
    const copies = args(runtime, 'COPY').join('\n');
    expect(copies).toMatch(/--from=\S+ \S*node_modules/);
    expect(copies).toMatch(/--from=\S+ \S*dist/);
    // src/db/client.ts finds migrations at ../../migrations from dist/db/client.js.
    expect(copies).toMatch(/^migrations \.\/migrations$/m);
    expect(copies).toMatch(/^assets \.\/assets$/m);
    expect(copies).toMatch(/^package\.json /m);
  });

  it('runs in production mode as a non-root user with the database on a /data volume', () => {
    const env = args(runtime, 'ENV').join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bDATABASE_PATH=\/data\/coalition\.db\b/);
    expect(args(runtime, 'VOLUME')).toContain('/data');
    const users = args(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    // The volume's folder must belong to that user before USER switches away from root.
    const keywords = runtime.map((instruction) => `${instruction.keyword} ${instruction.args}`);
    const chown = keywords.findIndex((line) => /^RUN .*mkdir -p \/data.*chown \S+ \/data/.test(line));
    expect(chown).toBeGreaterThan(-1);
    expect(chown).toBeLessThan(keywords.findIndex((line) => line.startsWith('USER ')));
  });

  it('checks health on /healthz with node (the slim image has no curl) and exposes the port', () => {
    const healthcheck = args(runtime, 'HEALTHCHECK').join(' ');
    expect(healthcheck).toMatch(/CMD node -e .*fetch\(.*\/healthz/);
    expect(healthcheck).toMatch(/process\.exit\(/);
    expect(args(runtime, 'EXPOSE')).toContain('3000');
  });

  it('starts the same file as npm start', () => {
    const cmd = args(runtime, 'CMD').at(-1) ?? '';
    const argv = JSON.parse(cmd) as string[];
    expect(argv).toEqual(['node', 'dist/main.js']);
    expect(packageJson.scripts.start).toBe(argv.join(' '));
  });
});

describe('.dockerignore', () => {
  it('keeps secrets, local data and build output out of the build context', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'data', '.git', '.env', 'coverage']));
  });
});

describe('.env.example', () => {
  const example = read('.env.example');
  const lines = example.split(/\r?\n/);
  const assignments = lines.flatMap((line, index) => {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    return match ? [{ name: match[1] ?? '', value: match[2] ?? '', index }] : [];
  });

  it('lists every variable that src/config.ts reads, each under a comment', () => {
    const configKeys = [...read('src/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]);
    expect(configKeys.length).toBeGreaterThanOrEqual(8);
    expect(assignments.map((entry) => entry.name).sort()).toEqual(expect.arrayContaining([...configKeys].sort()));
    // A run of related variables may share one comment, so look back past the other assignments.
    for (const entry of assignments) {
      const above = lines.slice(0, entry.index).reverse();
      const comment = above.find((line) => !/^[A-Z][A-Z0-9_]*=/.test(line));
      expect(comment ?? '', `${entry.name} has no comment above it`).toMatch(/^#\s*\S/);
    }
  });

  it('holds placeholders, never something that looks like a real token or secret', () => {
    for (const { name, value } of assignments) {
      expect(value, name).not.toMatch(/^xox[abpr]-\d|^xapp-\d/);
      if (/TOKEN|SECRET/.test(name)) expect(value === '' || /your/i.test(value), name).toBe(true);
    }
  });
});
