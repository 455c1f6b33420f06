import type { Coalition, Person } from '../../domain/people.js';
import type { Answers } from '../../domain/questions.js';
import { blockedMessage, type OverrideReason, type PrivacyService, warnedMessage } from '../privacy.js';
import type { TaskUpdates } from './responses.js';

/**
 * The privacy scan runs before anything is stored: block-level details come back as field errors,
 * warn-level ones need a reason to go through (and the override is audited).
 */
export function scanCheckinAnswers(
  privacy: PrivacyService,
  coalition: Coalition,
  person: Person,
  answers: Answers,
  updates: TaskUpdates,
  overrideReason: OverrideReason | undefined,
) {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) if (typeof value === 'string') fields[key] = value;
  for (const [taskId, update] of Object.entries(updates)) if (update.note) fields[`tasknote:${taskId}`] = update.note;
  const context = { teamId: coalition.teamId, coalition, userId: person.slackUserId, surface: 'checkin' };
  const review = privacy.review(fields, context);
  const blockedKinds = Object.values(review.blocked).flat();
  if (blockedKinds.length > 0) {
    privacy.record(context, blockedKinds, 'blocked');
    return {
      ok: false as const,
      errors: Object.fromEntries(
        Object.entries(review.blocked).map(([field, kinds]) => [field, blockedMessage(kinds)]),
      ),
      ...(review.disclosure ? { disclosure: review.disclosure } : {}),
    };
  }
  const warnedKinds = Object.values(review.warned).flat();
  if (warnedKinds.length > 0 && !overrideReason) {
    return {
      ok: false as const,
      errors: Object.fromEntries(Object.entries(review.warned).map(([field, kinds]) => [field, warnedMessage(kinds)])),
      warned: true,
    };
  }
  if (warnedKinds.length > 0 && overrideReason) privacy.record(context, warnedKinds, 'overridden', overrideReason);
  if (review.concern) privacy.record(context, [], 'concern_card');
  return { ok: true as const, concern: review.concern };
}
