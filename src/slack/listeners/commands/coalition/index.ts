import type { IntentKind } from '../../../parse/command.js';
import type { SubcommandHandler } from './handler.js';
import { help } from './help.js';
import { partner } from './partner.js';
import { partners } from './partners.js';
import { profile } from './profile.js';
import { role } from './role.js';
import { setup } from './setup.js';

export const SUBCOMMAND_HANDLERS: { [K in IntentKind]: SubcommandHandler<K> } = {
  help,
  setup,
  partner,
  role,
  profile,
  partners,
};
