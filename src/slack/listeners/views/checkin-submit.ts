import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import type { SubmitResult } from '../../../services/checkins/responses.js';
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
type NotSaved = Extract<SubmitResult, { ok: false }>;

/** A warning can be overridden: the form again, as typed, with the reason select beside the flagged field. */
function flaggedForm(deps: ListenerDeps, userId: string, view: Args['view'], flagged: Record<string, string>) {
  const metadata = readMetadata(checkinMetadata, view.private_metadata);
  const form = deps.checkins.form({ userId, cycleId: metadata?.cycleId ?? 0 });
  const raw = readCheckinAnswers(view.state.values);
  const answers = Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => !!entry[1]));
  const shareWin = readShareWin(view.state.values);
  // Redrawn as typed: still "Send" unless answers were already saved before.
  const editing = Object.keys(form.answers).length > 0;
  return checkinModal({ ...form, answers, editing, shareWin, flagged, fromHome: metadata?.fromHome ?? false });
}

const routesFor = (deps: ListenerDeps, cycleId: number) => ({
  jurisdiction: deps.privacy.jurisdiction,
  localContact: deps.coalitions.concernContactForCycle(cycleId),
});

/** The answer when a check-in cannot be saved yet; whatever was typed is kept. */
function notYetSaved(deps: ListenerDeps, userId: string, view: Args['view'], result: NotSaved) {
  // A concern about one child is refused with the routes, pushed over the form so it can be reworded.
  if (result.disclosure) {
    const cycleId = readMetadata(checkinMetadata, view.private_metadata)?.cycleId ?? 0;
    return {
      response_action: 'push' as const,
      view: disclosureCardView(routesFor(deps, cycleId), result.disclosure.suggestion),
    };
  }
  if (result.warned)
    return { response_action: 'update' as const, view: flaggedForm(deps, userId, view, result.errors) };
  return { response_action: 'errors' as const, errors: toBlockErrors(result.errors) };
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
      if (!result.ok) return void (await ack(notYetSaved(deps, body.user.id, view, result)));
      const card = () => concernCardView(routesFor(deps, metadata.cycleId));
      await ack(result.concern ? { response_action: 'update', view: card() } : undefined);
      await result.followUp();
      if (metadata.fromHome) await publishHome(deps, client, body.user.id);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await fail({ [firstBlock]: error.message });
    }
  };
}
