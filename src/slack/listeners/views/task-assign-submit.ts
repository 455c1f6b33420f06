import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isDomainError } from '../../../domain/errors.js';
import { readMetadata } from '../../parse/checkin-view.js';
import {
  assignFieldFor,
  assignMetadata,
  checkAssignForm,
  type FieldProblem,
  readAssignForm,
} from '../../parse/task-views.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The assign form: refusals go back beside their field, keeping what was typed; the owner's DM follows the ack. */
export function createTaskAssignSubmit(deps: ListenerDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const form = readAssignForm(view.state.values);
    const coalitionId = readMetadata(assignMetadata, view.private_metadata)?.coalitionId;
    const coalition = coalitionId === undefined ? undefined : deps.coalitions.byId(coalitionId);
    const refuse = ({ block, message }: FieldProblem) =>
      ack({ response_action: 'errors', errors: { [block]: message } });
    const checked = checkAssignForm(form, coalition);
    if ('problem' in checked) return void (await refuse(checked.problem));
    const { ownerUserId, milestoneNumber } = checked;
    let notify: () => Promise<boolean>;
    try {
      ({ notify } = deps.tasks.assign({
        coalition: checked.coalition,
        actorUserId: body.user.id,
        ownerUserId,
        title: form.title,
        ...(form.due ? { due: form.due } : {}),
        ...(form.organisation ? { organisationName: form.organisation } : {}),
        ...(form.notes ? { notes: form.notes } : {}),
        ...(milestoneNumber !== undefined ? { milestoneNumber } : {}),
      }));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return void (await refuse({ block: assignFieldFor(error.message), message: error.message }));
    }
    await ack(); // Slack closes the form now; the owner's DM follows.
    await notify();
  };
}
