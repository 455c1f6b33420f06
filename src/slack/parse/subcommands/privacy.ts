import { usersOf, wordsOf } from '../tokens.js';
import type { SubcommandTable } from './subcommand.js';

/** Privacy settings and data rights. */
/** Words for the concern card's local number: UK front door, US child protective services. */
const CONCERN_CONTACT_WORDS = new Set(['social-care', 'front-door', 'cps']);

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
    usage: '/coalition contact add|remove <published work phone or e-mail> | social-care <number>|off',
    example: '/coalition contact social-care 0300 123 4567',
    summary:
      'a published work contact the privacy scan should never flag; `social-care` sets the local children’s social care (or CPS) number on the concern card',
    coordinatorOnly: true,
    build: (_tokens, rest) => {
      const [word, ...value] = rest.split(/\s+/);
      const action = word?.toLowerCase() ?? '';
      const text = value.join(' ').replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1');
      if (CONCERN_CONTACT_WORDS.has(action))
        return { add: text.toLowerCase() !== 'off', value: text, concernCard: true };
      return { add: action === 'add' ? true : action === 'remove' ? false : undefined, value: text };
    },
  },
};
