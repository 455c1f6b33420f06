import type { types } from '@slack/bolt';
import { SECTORS, type SectorKey, sectorLabel } from '../../domain/sectors.js';
import { PROFILE_BLOCKS, VIEWS } from '../ids.js';
import { context, plainText } from './elements.js';
import { escapeMrkdwn } from './escape.js';

export interface ProfileModalInput {
  coalitionId: number;
  coalitionName: string;
  organisationName: string | null;
  sector: SectorKey | null;
  whatTheyBring: string | null;
  /** Opened from the App Home, which is redrawn once saved (its missing sectors may change). */
  fromHome?: boolean;
}

const NO_CHILD_DETAILS = 'About your organisation only: no details about a particular child or family.';

function sectorOption(key: SectorKey): types.PlainTextOption {
  return { text: plainText(sectorLabel(key)), value: key };
}

export function profileModal(input: ProfileModalInput): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.profile,
    private_metadata: JSON.stringify({ coalitionId: input.coalitionId, ...(input.fromHome ? { fromHome: true } : {}) }),
    title: plainText('Your profile', 24),
    submit: plainText('Save', 24),
    close: plainText('Cancel', 24),
    blocks: [
      context(`How you appear in *${escapeMrkdwn(input.coalitionName)}*. Everyone in the channel can see this.`),
      {
        type: 'input',
        block_id: PROFILE_BLOCKS.organisation.block,
        label: plainText('Organisation'),
        element: {
          type: 'plain_text_input',
          action_id: PROFILE_BLOCKS.organisation.action,
          max_length: 80,
          placeholder: plainText('e.g. St Mary’s Primary School'),
          ...(input.organisationName ? { initial_value: input.organisationName } : {}),
        },
      },
      {
        type: 'input',
        block_id: PROFILE_BLOCKS.sector.block,
        label: plainText('Sector'),
        element: {
          type: 'static_select',
          action_id: PROFILE_BLOCKS.sector.action,
          placeholder: plainText('Choose a sector'),
          options: SECTORS.map((sector) => sectorOption(sector.key)),
          ...(input.sector ? { initial_option: sectorOption(input.sector) } : {}),
        },
      },
      {
        type: 'input',
        block_id: PROFILE_BLOCKS.brings.block,
        optional: true,
        label: plainText('What you bring to the coalition'),
        hint: plainText(NO_CHILD_DETAILS, 2000),
        element: {
          type: 'plain_text_input',
          action_id: PROFILE_BLOCKS.brings.action,
          multiline: true,
          max_length: 500,
          placeholder: plainText('e.g. links with every primary school head; a venue for events'),
          ...(input.whatTheyBring ? { initial_value: input.whatTheyBring } : {}),
        },
      },
    ],
  };
}
