export { createSlackDriver, type DriverResult, type SlackDriver } from './driver.js';
export { MESSAGE_BLOCK_LIMIT, messageProblems, VIEW_BLOCK_LIMIT, viewProblems } from './limits.js';
export { TRIGGER_LIFETIME_MS } from './methods-views.js';
export {
  createRateLimiter,
  DEFAULT_WORKSPACE_POSTS,
  leastSecondsFor,
  METHOD_TIERS,
  minimumSecondsFor,
  POST_MESSAGE_BURST,
  POST_MESSAGE_PER_SECOND,
  type RateLimitModel,
  type RateRule,
  type RateTier,
  rateRuleFor,
  TIER_PER_MINUTE,
  type WorkspacePostLimit,
} from './rate-limits.js';
export { RESPONSE_URL_LIFETIME_MS, RESPONSE_URL_MAX_USES } from './response-urls.js';
export { startSlackSimulator } from './server.js';
export { signSlackRequest } from './signing.js';
export type { SimSurfaces, ViewResponseOutcome } from './surfaces.js';
export type {
  FaultRule,
  MessageKind,
  RecordedCall,
  ResponseUrlContext,
  SimChannelInput,
  SimChannelSnapshot,
  SimMessage,
  SimMessageVersion,
  SimUpload,
  SimUser,
  SimulatorOptions,
  SimView,
  SlackSimulator,
  ViewOperation,
} from './types.js';
