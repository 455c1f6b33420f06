import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { checkinModal } from '../../blocks/checkin-modal.js';
import { concernCardView, disclosureCardView } from '../../blocks/concern-card.js';
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
import { publishHome } from '../actions/home/publish.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** A warning can be overridden: the form again, as typed, with the reason select beside the flagged field. */
function flaggedForm(deps: ListenerDeps, userId: string, view: Args['view'], flagged: Record<string, string>) {
  const metadata = readMetadata(checkinMetadata, view.private_metadata);
  const form = deps.checkins.form({ userId, cycleId: metadata?.cycleId ?? 0 });
  const raw = readCheckinAnswers(view.state.values);
  const answers = Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => !!entry[1]));
  const shareWin = readShareWin(view.state.values);
  return checkinModal({ ...form, answers, shareWin, flagged, fromHome: metadata?.fromHome ?? false });
}

/** Saves a check-in. Problems (including privacy findings) go back as field errors so nothing typed is lost. */
export function createCheckinSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
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
      const routes = () => ({
        jurisdiction: deps.privacy.jurisdiction,
        localContact: deps.coalitions.concernContactForCycle(metadata.cycleId),
      });
      // A concern about one child is refused with the routes, pushed over the form so it can be reworded.
      if (!result.ok && result.disclosure)
        return void (await ack({
          response_action: 'push',
          view: disclosureCardView(routes(), result.disclosure.suggestion),
        }));
      if (!result.ok && result.warned)
        return void (await ack({
          response_action: 'update',
          view: flaggedForm(deps, body.user.id, view, result.errors),
        }));
      if (!result.ok) return void (await fail(toBlockErrors(result.errors)));
      const card = () => concernCardView(routes());
      await ack(result.concern ? { response_action: 'update', view: card() } : undefined);
      await result.followUp();
      if (metadata.fromHome) await publishHome(deps, client, body.user.id);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await fail({ [firstBlock]: error.message });
    }
  };
}
