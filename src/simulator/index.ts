export { createSlackDriver, type DriverResult, type SlackDriver } from './driver.js';
export {
  METHOD_TIERS,
  minimumSecondsFor,
  POST_MESSAGE_BURST,
  POST_MESSAGE_PER_SECOND,
  TIER_PER_MINUTE,
} from './rate-limits.js';
export { type SlackSimulator, startSlackSimulator } from './server.js';
export { signSlackRequest } from './signing.js';
export type {
  FaultRule,
  MessageKind,
  RecordedCall,
  SimMessage,
  SimUpload,
  SimUser,
  SimulatorOptions,
  SimView,
} from './types.js';
