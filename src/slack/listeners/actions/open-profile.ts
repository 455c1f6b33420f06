import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import { z } from 'zod';
import { DomainError } from '../../../domain/errors.js';
import type { Coalition } from '../../../domain/people.js';
import { profileModal } from '../../blocks/profile-modal.js';
import type { ListenerDeps } from '../deps.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const coalitionId = z.coerce.number().int().positive();

/** The profile form, pre-filled; shared by `/coalition profile` and the hello DM's button. */
export async function openProfileForm(
  deps: ListenerDeps,
  client: webApi.WebClient,
  input: { coalition: Coalition; userId: string; triggerId: string; fromHome?: boolean },
): Promise<void> {
  const { person, organisationName } = deps.roster.profileOf(input.coalition, input.userId);
  await client.views.open({
    trigger_id: input.triggerId,
    view: profileModal({
      coalitionId: input.coalition.id,
      coalitionName: input.coalition.name,
      organisationName,
      sector: person.sector,
      whatTheyBring: person.whatTheyBring,
      fromHome: input.fromHome ?? false,
    }),
  });
}

/** "Fill in my profile" from the hello DM sent at setup, or "Edit my profile" on the App Home. */
export function createOpenProfile(deps: ListenerDeps) {
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const coalition = deps.coalitions.byId(coalitionId.parse(action.value));
    if (!coalition) throw new DomainError('not_found', 'That coalition no longer exists.');
    await openProfileForm(deps, client, {
      coalition,
      userId: body.user.id,
      triggerId: body.trigger_id,
      fromHome: body.container?.type === 'view',
    });
  };
}
