import { parseSector } from '../../../domain/sectors.js';
import { optionsOf, usersOf, wordsOf } from '../tokens.js';
import type { SubcommandTable } from './subcommand.js';

/** The coalition and its roster. */
export const ROSTER_SUBCOMMANDS: SubcommandTable<'help' | 'setup' | 'partner' | 'role' | 'profile' | 'partners'> = {
  help: {
    usage: '/coalition help',
    example: '/coalition help',
    summary: 'what I do and every command',
    build: () => ({}),
  },
  setup: {
    usage: '/coalition setup [name]',
    example: '/coalition setup Northside Children’s Safety Coalition',
    summary: 'make this channel the coalition’s home; you become its first coordinator',
    build: (tokens) => {
      const name = wordsOf(tokens).join(' ').trim();
      return name ? { name } : {};
    },
  },
  partner: {
    usage: '/coalition partner @name org:"Organisation" sector:<sector>',
    example: '/coalition partner @sam org:"St Mary’s Primary" sector:education',
    summary: 'record someone’s organisation and sector',
    coordinatorOnly: true,
    build: (tokens) => {
      const options = optionsOf(tokens);
      const sectorText = options.get('sector');
      return {
        userId: usersOf(tokens)[0],
        organisation: options.get('org') ?? options.get('organisation') ?? options.get('organization'),
        sector: sectorText === undefined ? undefined : (parseSector(sectorText) ?? sectorText),
      };
    },
  },
  role: {
    usage: '/coalition role @name coordinator|partner|observer',
    example: '/coalition role @sam coordinator',
    summary: 'change what someone can do',
    coordinatorOnly: true,
    build: (tokens) => ({ userId: usersOf(tokens)[0], role: wordsOf(tokens)[0]?.toLowerCase() }),
  },
  profile: {
    usage: '/coalition profile',
    example: '/coalition profile',
    summary: 'set your own organisation, sector and what you bring',
    build: () => ({}),
  },
  partners: {
    usage: '/coalition partners',
    example: '/coalition partners',
    summary: 'the roster by sector, and the core sectors not at the table yet',
    build: () => ({}),
  },
};
