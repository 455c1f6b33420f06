import { DomainError } from '../../domain/errors.js';
import { QUESTION_KINDS, type QuestionKind } from '../../domain/questions.js';
import type { QuestionEdit } from '../../services/checkins/question-set.js';
import { type Token, wordsOf } from './tokens.js';

const USAGE =
  'Usage: `/coalition question add "Question?" [short|long|scale] [required]`, `question remove 3`, `question move 3 1`, `question require 3 yes|no` or `question reset`.';

function usage(message: string): DomainError {
  return new DomainError('usage', message, USAGE);
}

function number(word: string | undefined): number {
  const value = Number(word);
  if (!Number.isInteger(value) || value < 1 || value > 99)
    throw usage('Questions are named by their number, as `/coalition questions` shows them.');
  return value;
}

/** Reads `question add|remove|move|require|reset …`; the prompt is the first quoted phrase. */
export function parseQuestionEdit(tokens: Token[]): QuestionEdit {
  const [action, ...rest] = wordsOf(tokens);
  switch (action?.toLowerCase()) {
    case 'add': {
      const prompt = rest[0]?.trim() ?? '';
      if (prompt.length < 3 || prompt.length > 150)
        throw usage('Put the question in quotes, between 3 and 150 characters.');
      const flags = rest.slice(1).map((word) => word.toLowerCase());
      const kind = (flags.find((flag) => (QUESTION_KINDS as readonly string[]).includes(flag)) ??
        'short') as QuestionKind;
      return { action: 'add', prompt, kind, required: flags.includes('required') };
    }
    case 'remove':
      return { action: 'remove', number: number(rest[0]) };
    case 'move':
      return { action: 'move', number: number(rest[0]), to: number(rest[1]) };
    case 'require': {
      const answer = rest[1]?.toLowerCase();
      if (answer !== 'yes' && answer !== 'no') throw usage('Say `yes` or `no` after the question’s number.');
      return { action: 'require', number: number(rest[0]), required: answer === 'yes' };
    }
    case 'reset':
      return { action: 'reset' };
    default:
      throw usage('I can add, remove, move or require a question, or reset to the default set.');
  }
}
