import type { DetectorOptions, Finding, Jurisdiction } from '../domain/privacy/index.js';
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

const SHORT_TEXT = 64;
const CLEAN_TEXTS_KEPT = 512;

/**
 * Short texts already found clean, by jurisdiction: commands ("tasks", "schedule show") and channel replies ("thanks
 * all!") repeat, and a scan touches a few hundred compiled patterns, which costs far more inside a busy process than
 * a tight loop suggests. Only clean text is kept (nothing identifying stays in memory), only short text, and only
 * for a scan without an allow list (the detector is pure, so the same text always gives the same findings).
 */
class CleanTexts {
  readonly #texts = new Set<string>();

  has(key: string): boolean {
    return this.#texts.has(key);
  }

  add(key: string): void {
    if (this.#texts.size >= CLEAN_TEXTS_KEPT) this.#texts.delete(this.#texts.values().next().value ?? '');
    this.#texts.add(key);
  }
}

function rememberingClean(
  scan: PrivacyScanner['detectIdentifyingDetails'],
): PrivacyScanner['detectIdentifyingDetails'] {
  const clean = new CleanTexts();
  return (text, options) => {
    if (text.length > SHORT_TEXT || options.allow) return scan(text, options);
    const key = `${options.jurisdiction}:${text}`;
    if (clean.has(key)) return [];
    const findings = scan(text, options);
    if (findings.length === 0) clean.add(key);
    return findings;
  };
}

/**
 * Three made-up sentences (names, ages, an NHS number, a US phone number, dates), scanned while loading: the
 * detector's first real sentence builds compromise's tagger and compiles the patterns it meets, 270–500 ms inside
 * whichever request brought it, once per start, holding every other request's ack. After two of them the first of
 * thirty unseen sentences took 1.8 ms and the slowest under 40 ms; the third does the same for a US coalition.
 * Eight sentences did little better for 8–20 MB more resident from start (idle RSS near the 120 MB goal).
 */
const WARM_UP_TEXTS: ReadonlyArray<readonly [string, Jurisdiction]> = [
  ['Met with Ana Lopez from the youth club about the summer scheme on 4 June.', 'uk'],
  ['Referral sent for Tom (age 9), NHS 943 476 5919, DOB 12/03/2015', 'uk'],
  ['jayden (8th gr) texted me from 773-555-0148, lives on 5th st', 'us'],
];

function warmUp(scanner: PrivacyScanner): void {
  for (const [text, jurisdiction] of WARM_UP_TEXTS) {
    scanner.detectIdentifyingDetails(text, { jurisdiction });
    scanner.hasConcernLanguage(text);
  }
}

/**
 * The detector's names library (compromise) takes about 0.3 s and 40 MB to load, more than the rest of the app's
 * start, so it is loaded apart from the start path: the app answers /healthz first, then loads it, and the drivers
 * (Bolt middleware, heartbeat) wait for ready() before any work that could scan text. A scan called before then
 * throws (NotLoadedError): text never passes unscanned.
 */
export function lazyPrivacyScanner(load: () => Promise<PrivacyScanner> = loadDetector): LazyPrivacyScanner {
  const detector = deferred('the privacy scanner', load, warmUp);
  return {
    ready: detector.ready,
    get loaded() {
      return detector.loaded;
    },
    detectIdentifyingDetails: rememberingClean((text, options) =>
      detector.get().detectIdentifyingDetails(text, options),
    ),
    hasConcernLanguage: (text) => detector.get().hasConcernLanguage(text),
  };
}
