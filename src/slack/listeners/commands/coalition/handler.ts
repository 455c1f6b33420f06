import type { SlashCommand, webApi } from '@slack/bolt';
import type { Intent, IntentKind } from '../../../parse/command.js';
import type { ListenerDeps } from '../../deps.js';

export type Reply = (message: { text: string; blocks?: unknown[] }) => Promise<unknown>;

export interface SubcommandContext<K extends IntentKind> {
  intent: Extract<Intent, { kind: K }>;
  command: SlashCommand;
  reply: Reply;
  client: webApi.WebClient;
  deps: ListenerDeps;
}

export type SubcommandHandler<K extends IntentKind> = (context: SubcommandContext<K>) => Promise<void>;

/** The coalition a subcommand is about: the channel it was typed in, or the caller's only coalition. */
export function coalitionHere({ command, deps }: { command: SlashCommand; deps: ListenerDeps }) {
  return deps.coalitions.resolve({ teamId: command.team_id, channelId: command.channel_id, userId: command.user_id });
}
