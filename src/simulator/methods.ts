import { chatMethods } from './methods-chat.js';
import { conversationMethods } from './methods-conversations.js';
import { miscMethods } from './methods-misc.js';
import type { Method } from './methods-shared.js';
import { viewMethods } from './methods-views.js';

export type { Method, MethodContext } from './methods-shared.js';

/** Every Web API method the simulator serves; anything else answers `unknown_method`. */
export const METHODS: Readonly<Record<string, Method>> = {
  ...miscMethods,
  ...chatMethods,
  ...conversationMethods,
  ...viewMethods,
};
