import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Start-up allocates a burst of one-off garbage (module graphs, the names library's unpacked lexicon); a request
// here allocates a few kB. V8 sizes its heap by that burst and keeps the size while idle (its memory reducer may or
// may not shrink it later): about 25 MB resident for nothing. These two calls keep start-up from sizing the heap.

/** Before the app's modules load: the young generation keeps its first size (1 MB a half) instead of growing to 16. */
export function holdYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Once start-up is over (the privacy scanner loaded): one full collection frees its garbage and compacts what is
 * left, then the young generation may grow again as V8 would by default, should real work need it. V8 compacts only
 * the pages its heuristics pick; start-up leaves a third of the old space free in pages it keeps, about 11 MB
 * resident, so this one collection compacts every page.
 */
export function releaseStartupGarbage(): void {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  setFlagsFromString('--compact-on-every-full-gc');
  collect();
  setFlagsFromString('--no-compact-on-every-full-gc');
  setFlagsFromString('--semi-space-growth-factor=2');
}
