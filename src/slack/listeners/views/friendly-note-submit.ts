import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { friendlyNoteMessage, friendlyNoteStatus, noticeModal } from '../../blocks/home-modals.js';
import { FRIENDLY_NOTE } from '../../ids.js';
import { readMetadata } from '../../parse/checkin-view.js';
import { friendlyNoteMetadata, readFriendlyNote } from '../../parse/home-views.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** Sends a coordinator's friendly note to a quiet partner by DM; nothing is stored. */
export function createFriendlyNoteSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const metadata = readMetadata(friendlyNoteMetadata, view.private_metadata);
    const fail = (message: string) => ack({ response_action: 'errors', errors: { [FRIENDLY_NOTE.block]: message } });
    if (!metadata) return void (await fail('This form has expired; please try again from your Home tab.'));
    try {
      const { coalition, text } = deps.home.checkFriendlyNote({
        ...metadata,
        actorUserId: body.user.id,
        text: readFriendlyNote(view.state.values),
      });
      await ack({
        response_action: 'update',
        view: noticeModal(friendlyNoteStatus('sending', metadata.partnerUserId)),
      });
      const show = (state: 'sent' | 'failed') =>
        client.views.update({ view_id: view.id, view: noticeModal(friendlyNoteStatus(state, metadata.partnerUserId)) });
      try {
        const dm = await client.conversations.open({ users: metadata.partnerUserId });
        await client.chat.postMessage({
          channel: dm.channel?.id ?? metadata.partnerUserId,
          ...friendlyNoteMessage({ fromUserId: body.user.id, coalitionName: coalition.name, text }),
        });
      } catch (sendError) {
        await show('failed');
        throw sendError;
      }
      await show('sent');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await fail(error.message);
    }
  };
}
