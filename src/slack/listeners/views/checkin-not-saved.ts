import type { SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SubmitResult } from '../../../services/checkins/responses.js';
import { checkinModal } from '../../blocks/checkin-modal.js';
import { disclosureCardView } from '../../blocks/concern-card.js';
import {
  checkinMetadata,
  readCheckinAnswers,
  readMetadata,
  readShareWin,
  toBlockErrors,
} from '../../parse/checkin-view.js';
import type { ListenerDeps } from '../deps.js';

type View = SlackViewMiddlewareArgs<ViewSubmitAction>['view'];
type NotSaved = Extract<SubmitResult, { ok: false }>;

/** A warning can be overridden: the form again, as typed, with the reason select beside the flagged field. */
function flaggedForm(deps: ListenerDeps, userId: string, view: View, flagged: Record<string, string>) {
  const metadata = readMetadata(checkinMetadata, view.private_metadata);
  const form = deps.checkins.form({ userId, cycleId: metadata?.cycleId ?? 0 });
  const raw = readCheckinAnswers(view.state.values);
  const answers = Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => !!entry[1]));
  const shareWin = readShareWin(view.state.values);
  // Redrawn as typed: still "Send" unless answers were already saved before.
  const editing = Object.keys(form.answers).length > 0;
  return checkinModal({ ...form, answers, editing, shareWin, flagged, fromHome: metadata?.fromHome ?? false });
}

export const routesFor = (deps: ListenerDeps, cycleId: number) => ({
  jurisdiction: deps.privacy.jurisdiction,
  localContact: deps.coalitions.concernContactForCycle(cycleId),
});

/** The answer when a check-in cannot be saved yet; whatever was typed is kept. */
export function notYetSaved(deps: ListenerDeps, userId: string, view: View, result: NotSaved) {
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
