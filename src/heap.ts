import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Start-up allocates a burst of one-off garbage (module graphs, the names library's unpacked lexicon); a request
// here allocates a few kB. V8 sizes its heap by that burst and keeps the size while idle (its memory reducer may or
// may not shrink it later): about 25 MB resident for nothing. These two calls keep start-up from sizing the heap.
//
// The young generation also stays small after start. Under load V8 would grow it to 16 MB a half, and a scavenge
// of that, with our old generation's pointers into it, held the event loop 4 to 7 ms every half second: the acks
// that arrived meanwhile made the app's p99. At 1 MB a scavenge takes under a millisecond; there are more of them,
// and the ack bench measured no more CPU per command (bench/ack.ts, issue 13).

/** Before the app's modules load: the young generation keeps its first size (1 MB a half) instead of growing to 16. */
export function holdYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Once start-up is over (the privacy scanner loaded): one full collection frees its garbage and compacts what is
 * left. V8 compacts only the pages its heuristics pick; start-up leaves a third of the old space free in pages it
 * keeps, about 11 MB resident, so this one collection compacts every page. The young generation keeps its size.
 */
export function releaseStartupGarbage(): void {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  setFlagsFromString('--compact-on-every-full-gc');
  collect();
  setFlagsFromString('--no-compact-on-every-full-gc');
}
