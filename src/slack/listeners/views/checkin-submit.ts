import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { checkinModal } from '../../blocks/checkin-modal.js';
import { concernCardView } from '../../blocks/concern-card.js';
import {
  checkinMetadata,
  readCheckinAnswers,
  readMetadata,
  readOverrideReason,
  readShareWin,
  readStillBlocked,
  readTaskUpdates,
  toBlockErrors,
} from '../../parse/checkin-view.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** Saves a check-in. Problems (including privacy findings) go back as field errors so nothing typed is lost. */
export function createCheckinSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const metadata = readMetadata(checkinMetadata, view.private_metadata);
    const firstBlock = view.blocks.find((block) => block.type === 'input')?.block_id ?? '';
    const fail = (errors: Record<string, string>) => ack({ response_action: 'errors', errors });
    if (!metadata)
      return void (await fail({ [firstBlock]: 'This form has expired. Please run `/coalition checkin`.' }));
    try {
      const overrideReason = readOverrideReason(view.state.values);
      const raw = readCheckinAnswers(view.state.values);
      const stillBlocked = readStillBlocked(view.state.values);
      const result = deps.checkins.submit({
        cycleId: metadata.cycleId,
        userId: body.user.id,
        raw,
        taskUpdates: readTaskUpdates(view.state.values),
        ...(overrideReason ? { overrideReason } : {}),
        ...(stillBlocked === undefined ? {} : { stillBlocked }),
        shareWin: readShareWin(view.state.values),
      });
      if (!result.ok && result.warned) {
        // A warning can be overridden: redraw the form, as typed, with the reason select beside the flagged field.
        const form = deps.checkins.form({ userId: body.user.id, cycleId: metadata.cycleId });
        const answers = Object.fromEntries(
          Object.entries(raw).filter((entry): entry is [string, string] => !!entry[1]),
        );
        const redrawn = { ...form, answers, shareWin: readShareWin(view.state.values), flagged: result.errors };
        return void (await ack({ response_action: 'update', view: checkinModal(redrawn) }));
      }
      if (!result.ok) return void (await fail(toBlockErrors(result.errors)));
      await ack(
        result.concern ? { response_action: 'update', view: concernCardView(deps.privacy.jurisdiction) } : undefined,
      );
      await result.followUp();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await fail({ [firstBlock]: error.message });
    }
  };
}
