export { detectIdentifyingDetails, hasConcernLanguage } from './detector.js';
export type { AllowList, DetectorOptions, Finding, FindingKind, Jurisdiction } from './types.js';
export { FINDING_LABELS, rewordingHint, themeRewording } from './wording.js';
