import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// No Docker engine runs here, so the Dockerfile is checked for the properties that matter.
const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};
const stages = dockerfile.split(/^FROM /m).slice(1);

describe('Dockerfile', () => {
  it('builds in one stage with the tools better-sqlite3 needs, and runs in another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0]).toMatch(/apt-get install[^\n]*python3[^\n]*make[^\n]*g\+\+/);
    expect(stages.at(-1)).not.toMatch(/g\+\+/);
  });

  it('runs as a non-root user with the database on a /data volume', () => {
    const runtime = stages.at(-1) ?? '';
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^VOLUME \/data$/m);
    expect(runtime).toContain('DATABASE_PATH=/data/coalition.db');
  });

  it('checks health on /healthz and starts what npm start starts', () => {
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
    const cmd = /^CMD \["node", "([^"]+)"\]$/m.exec(dockerfile)?.[1];
    expect(packageJson.scripts.start).toBe(`node ${cmd}`);
    expect(dockerfile).toContain('COPY migrations ./migrations');
  });
});
