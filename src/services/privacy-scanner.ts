import type { DetectorOptions, Finding } from '../domain/privacy/index.js';

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

/** Thrown instead of scanning when a caller did not wait for ready(): text never passes unscanned. */
export class ScannerNotReadyError extends Error {
  constructor() {
    super('the privacy scanner has not loaded yet');
    this.name = 'ScannerNotReadyError';
  }
}

const loadDetector = (): Promise<PrivacyScanner> => import('../domain/privacy/detector.js');

/**
 * The detector's names library (compromise) takes about 0.3 s and 40 MB to load, more than the rest of the app's
 * start, so it is loaded apart from the start path: the app answers /healthz first, then loads it, and the drivers
 * (Bolt middleware, heartbeat) wait for ready() before any work that could scan text.
 */
export function lazyPrivacyScanner(load: () => Promise<PrivacyScanner> = loadDetector): LazyPrivacyScanner {
  let detector: PrivacyScanner | undefined;
  let loading: Promise<void> | undefined;
  const loaded = (): PrivacyScanner => {
    if (!detector) throw new ScannerNotReadyError();
    return detector;
  };
  return {
    ready() {
      loading ??= load().then((module) => {
        detector = module;
      });
      return loading;
    },
    get loaded() {
      return detector !== undefined;
    },
    detectIdentifyingDetails: (text, options) => loaded().detectIdentifyingDetails(text, options),
    hasConcernLanguage: (text) => loaded().hasConcernLanguage(text),
  };
}
