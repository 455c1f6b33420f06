// Bundles dist/main.js (after tsc has type-checked and emitted dist/) so that `node dist/main.js` reads a handful of
// files at start instead of about 500 modules: our ~300 plus zod's, drizzle-orm's and luxon's. Resolving, reading
// and compiling each ES module costs Node about half a millisecond, so that alone was a third of the start-up time.
// Native, CommonJS and heavy on-first-use packages stay external; dynamic imports become chunks loaded when asked.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;
const BUNDLED = new Set(['zod', 'drizzle-orm', 'luxon', 'chrono-node']);
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

// Every output file lands in dist/ itself, so a module's own URL (for migrations, fonts, the sandbox's page) is
// rewritten to where tsc would have put it: dist/db/client.js still finds ../../migrations.
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const emitted = `./${relative(`${ROOT}src`, args.path).replace(/\.ts$/, '.js')}`;
      return {
        contents: source.replaceAll('import.meta.url', `new URL('${emitted}', import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
};

// zod re-exports every one of its ~50 message locales as a namespace (`z.locales`), so a bundle carries them all and
// Node compiles them at start (about half of zod's import time). The app speaks English only: its errors are turned
// into our own messages, and zod itself configures `en` from its own module, which stays. `z.locales` keeps `en`.
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(esbuild) {
    esbuild.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/')
        ? { path: args.importer.replace(/[\\/](?:classic|core)[\\/][^\\/]+$/, '/locales/en.js'), namespace: 'zod-en' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

// Chunks are named by their content's hash; drop the previous build's, which would otherwise pile up.
for (const file of readdirSync(`${ROOT}dist`))
  if (/-[A-Z0-9]{8}\.js(?:\.map)?$/.test(file)) rmSync(`${ROOT}dist/${file}`);

await build({
  entryPoints: { main: `${ROOT}src/main.ts` },
  outdir: `${ROOT}dist`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external,
  plugins: [keepModuleUrls, englishOnlyZod],
  logLevel: 'warning',
});
