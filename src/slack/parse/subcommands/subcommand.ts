import type { Token } from '../tokens.js';

export const MAX_NAME = 80;

export interface Subcommand {
  usage: string;
  example: string;
  summary: string;
  coordinatorOnly?: boolean;
  /** `rest` is the raw text after the subcommand word, for subcommands with a grammar of their own. */
  build(tokens: Token[], rest: string): Record<string, unknown>;
}

export type SubcommandTable<K extends string> = Record<K, Subcommand>;

export const SECTOR_HINT =
  'Sectors: schools, health, police, social-care, parents, youth, housing, voluntary, faith, business… (`/coalition help` lists them all).';
