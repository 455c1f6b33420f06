import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { concernCardView } from '../../blocks/concern-card.js';
import { checkinMetadata, readCheckinSubmission, readMetadata } from '../../parse/checkin-view.js';
import { publishHome } from '../actions/home/publish.js';
import type { ListenerDeps } from '../deps.js';
import { notYetSaved, routesFor } from './checkin-not-saved.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** Saves a check-in. Problems (including privacy findings) go back as field errors so nothing typed is lost. */
export function createCheckinSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const metadata = readMetadata(checkinMetadata, view.private_metadata);
    const firstBlock = view.blocks.find((block) => block.type === 'input')?.block_id ?? '';
    const fail = (errors: Record<string, string>) => ack({ response_action: 'errors', errors });
    if (!metadata)
      return void (await fail({ [firstBlock]: 'This form has expired. Please run `/coalition checkin`.' }));
    try {
      const result = deps.checkins.submit({
        cycleId: metadata.cycleId,
        userId: body.user.id,
        ...readCheckinSubmission(view.state.values),
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
