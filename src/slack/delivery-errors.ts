import { DeliveryFailure } from '../services/ports.js';
import { platformErrorCode } from './platform-errors.js';

/** The person can never be messaged: stop trying, once, and mark them inactive. */
const PERMANENT = new Set(['user_not_found', 'account_inactive', 'cannot_dm_bot', 'user_disabled', 'users_not_found']);

/** Slack Connect: a DM cannot be opened with this external person; the coalition channel still works. */
export const DM_UNREACHABLE = new Set(['invalid_user_combination', 'user_not_visible']);

export function toDeliveryFailure(error: unknown): DeliveryFailure {
  const code = platformErrorCode(error);
  if (code && PERMANENT.has(code)) return new DeliveryFailure('permanent', code);
  const httpStatus = (error as { statusCode?: number }).statusCode;
  return new DeliveryFailure(
    'transient',
    code ?? (httpStatus ? `http_${httpStatus}` : ((error as { code?: string }).code ?? 'unknown')),
  );
}
