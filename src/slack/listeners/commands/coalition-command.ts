import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { afterPendingAcks } from '../../after-pending-acks.js';
import type { Intent, IntentKind } from '../../parse/command.js';
import { isOnlyCommandWords, parseCommand } from '../../parse/command.js';
import type { ListenerDeps } from '../deps.js';
import type { SubcommandContext, SubcommandHandler } from './coalition/handler.js';
import { SUBCOMMAND_HANDLERS } from './coalition/index.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/** `/coalition <subcommand>`: parse the text into an intent and hand it to that subcommand's handler. */
export function createCoalitionCommand(deps: ListenerDeps) {
  return async ({ ack, command, respond, client }: Args): Promise<void> => {
    await ack(); // Slack wants the ack within 3 s; setup may take longer, so the answer goes via response_url.
    await afterPendingAcks();
    // Identifying details about a child are refused before anything is parsed, stored or posted.
    // A coordinator registering a published work contact is, by design, typing a phone number or address.
    if (!isOnlyCommandWords(command.text))
      deps.privacy.guard(
        { text: /^\s*contact\s+(add|remove|social-care|front-door|cps)\b/i.test(command.text) ? '' : command.text },
        {
          teamId: command.team_id,
          // Read only when the text has a finding (allow list, record): clean text, nearly all of it, costs no query.
          get coalition() {
            return deps.coalitions.find(command);
          },
          userId: command.user_id,
          surface: 'command',
        },
      );
    const intent = parseCommand(command.text);
    const reply: SubcommandContext<IntentKind>['reply'] = (message) =>
      respond({ response_type: 'ephemeral', ...message } as Parameters<typeof respond>[0]);
    const handler = SUBCOMMAND_HANDLERS[intent.kind] as SubcommandHandler<Intent['kind']>;
    await handler({ intent, command, reply, client, deps } as SubcommandContext<Intent['kind']>);
  };
}
