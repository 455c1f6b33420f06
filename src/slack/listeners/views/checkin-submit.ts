import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { concernCardView } from '../../blocks/concern-card.js';
import {
  checkinMetadata,
  readCheckinAnswers,
  readMetadata,
  readOverrideReason,
  readShareWin,
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
    if (!metadata) {
      await ack({
        response_action: 'errors',
        errors: { [firstBlock]: 'This form has expired. Please close it and run `/coalition checkin`.' },
      });
      return;
    }
    try {
      const overrideReason = readOverrideReason(view.state.values);
      const result = deps.checkins.submit({
        cycleId: metadata.cycleId,
        userId: body.user.id,
        raw: readCheckinAnswers(view.state.values),
        taskUpdates: readTaskUpdates(view.state.values),
        ...(overrideReason ? { overrideReason } : {}),
        shareWin: readShareWin(view.state.values),
      });
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: toBlockErrors(result.errors) });
        return;
      }
      const card = () =>
        concernCardView({
          jurisdiction: deps.privacy.jurisdiction,
          localContact: deps.coalitions.concernContactForCycle(metadata.cycleId),
        });
      await ack(result.concern ? { response_action: 'update', view: card() } : undefined);
      await result.followUp();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await ack({ response_action: 'errors', errors: { [firstBlock]: error.message } });
    }
  };
}
