export { detectIdentifyingDetails, hasConcernLanguage } from './detector.js';
export type { AllowList, DetectorOptions, Finding, FindingKind, Jurisdiction } from './types.js';
export { concernCard, FINDING_LABELS, rewordingHint, themeRewording } from './wording.js';
