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
