import type { DetectorOptions, Finding } from '../domain/privacy/index.js';
import { deferred } from './deferred.js';

/** What the privacy service needs from the detector in domain/privacy. */
export interface PrivacyScanner {
  detectIdentifyingDetails(text: string, options: DetectorOptions): Finding[];
  hasConcernLanguage(text: string): boolean;
}

export interface LazyPrivacyScanner extends PrivacyScanner {
  /** Starts loading the detector if nothing has yet; resolves once it can scan (rejects if it cannot load). */
  ready(): Promise<void>;
  readonly loaded: boolean;
}

const loadDetector = (): Promise<PrivacyScanner> => import('../domain/privacy/detector.js');

/**
 * The detector's names library (compromise) takes about 0.3 s and 40 MB to load, more than the rest of the app's
 * start, so it is loaded apart from the start path: the app answers /healthz first, then loads it, and the drivers
 * (Bolt middleware, heartbeat) wait for ready() before any work that could scan text. A scan called before then
 * throws (NotLoadedError): text never passes unscanned.
 */
export function lazyPrivacyScanner(load: () => Promise<PrivacyScanner> = loadDetector): LazyPrivacyScanner {
  const detector = deferred('the privacy scanner', load);
  return {
    ready: detector.ready,
    get loaded() {
      return detector.loaded;
    },
    detectIdentifyingDetails: (text, options) => detector.get().detectIdentifyingDetails(text, options),
    hasConcernLanguage: (text) => detector.get().hasConcernLanguage(text),
  };
}
