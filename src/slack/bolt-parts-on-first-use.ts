import { createRequire, Module } from 'node:module';

/**
 * Packages Bolt's App file requires at load but an app in HTTP mode without OAuth never uses: Socket Mode's client
 * (with undici and ws, 63 ms of a start) and the OAuth installer (22 ms).
 */
export const BOLT_PARTS_USED_ONLY_BY_SOME = ['@slack/socket-mode', '@slack/oauth'] as const;

/**
 * Puts a stand-in for each package into Node's require cache, resolved as `from` would resolve it, which loads the
 * real package the first time anything reads from it: Socket Mode and OAuth work as before, only loaded when used.
 * Must run before whatever requires them loads (main.ts calls it before importing the app); a package already
 * loaded is left as it is.
 */
export function loadOnFirstUse(from: string, specifiers: readonly string[]): void {
  const requireFrom = createRequire(from);
  for (const specifier of specifiers) {
    const path = requireFrom.resolve(specifier);
    if (requireFrom.cache[path]) continue;
    let real: object | undefined;
    const load = (): object => {
      if (real === undefined) {
        delete requireFrom.cache[path];
        real = requireFrom(path) as object;
      }
      return real;
    };
    const standIn = new Module(path);
    standIn.filename = path;
    standIn.loaded = true;
    standIn.exports = new Proxy(
      {},
      {
        get: (_target, key) => Reflect.get(load(), key),
        has: (_target, key) => Reflect.has(load(), key),
        ownKeys: () => Reflect.ownKeys(load()),
        // A Proxy may not call a property non-configurable that its (empty) target lacks.
        getOwnPropertyDescriptor: (_target, key) => {
          const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
          return descriptor && { ...descriptor, configurable: true };
        },
      },
    );
    requireFrom.cache[path] = standIn;
  }
}

/** Bolt's unused parts, as Bolt itself resolves them. */
export function loadBoltPartsOnFirstUse(): void {
  loadOnFirstUse(createRequire(import.meta.url).resolve('@slack/bolt'), BOLT_PARTS_USED_ONLY_BY_SOME);
}
