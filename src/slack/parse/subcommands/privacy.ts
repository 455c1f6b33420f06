import { usersOf, wordsOf } from '../tokens.js';
import type { SubcommandTable } from './subcommand.js';

/** Privacy settings and data rights. */
export const PRIVACY_SUBCOMMANDS: SubcommandTable<'watch' | 'audit' | 'mydata' | 'erase' | 'contact'> = {
  watch: {
    usage: '/coalition watch on|off',
    example: '/coalition watch on',
    summary: 'watch the channel for details that identify a child (on by default)',
    coordinatorOnly: true,
    build: (tokens) => {
      const word = wordsOf(tokens)[0]?.toLowerCase();
      return { on: word === 'on' ? true : word === 'off' ? false : undefined };
    },
  },
  audit: {
    usage: '/coalition audit',
    example: '/coalition audit',
    summary: 'recent audit entries: who changed what, and when',
    coordinatorOnly: true,
    build: () => ({}),
  },
  mydata: {
    usage: '/coalition mydata',
    example: '/coalition mydata',
    summary: 'a file of everything stored about you, sent to you privately',
    build: () => ({}),
  },
  erase: {
    usage: '/coalition erase @name',
    example: '/coalition erase @sam',
    summary: 'erase a member’s data (asks you to confirm first)',
    coordinatorOnly: true,
    build: (tokens) => ({ userId: usersOf(tokens)[0] }),
  },
  contact: {
    usage: '/coalition contact add|remove <published work phone or e-mail>',
    example: '/coalition contact add 0800 123 4567',
    summary: 'a published work contact the privacy scan should never flag',
    coordinatorOnly: true,
    build: (_tokens, rest) => {
      const [word, ...value] = rest.split(/\s+/);
      const action = word?.toLowerCase();
      return {
        add: action === 'add' ? true : action === 'remove' ? false : undefined,
        value: value.join(' ').replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1'),
      };
    },
  },
};
