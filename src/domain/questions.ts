export const QUESTION_KINDS = ['short', 'long', 'scale'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Question {
  key: string;
  prompt: string;
  hint: string | null;
  kind: QuestionKind;
  required: boolean;
  /** A note to the coordinators: never shown in any channel. */
  private: boolean;
}

export const NO_CHILD_DETAILS_HINT = 'Coalition-level only: no names or details about a particular child or family.';

export const DEFAULT_QUESTIONS: readonly Question[] = [
  {
    key: 'progress',
    // Fits everyone, with tasks or without: a parents' group may have news rather than tasks.
    prompt: 'What has moved forward since last time?',
    hint: NO_CHILD_DETAILS_HINT,
    kind: 'long',
    required: true,
    private: false,
  },
  {
    key: 'blockers',
    prompt: 'Anything blocking you, and who could help?',
    hint: NO_CHILD_DETAILS_HINT,
    kind: 'long',
    required: false,
    private: false,
  },
  {
    key: 'help',
    prompt: 'Help you need from the coalition',
    hint: NO_CHILD_DETAILS_HINT,
    kind: 'long',
    required: false,
    private: false,
  },
  {
    key: 'win',
    prompt: 'A win, however small',
    hint: NO_CHILD_DETAILS_HINT,
    kind: 'short',
    required: false,
    private: false,
  },
  {
    key: 'private_note',
    prompt: 'A private note to the coordinators (optional)',
    hint: 'Only the coordinators see this; it never appears in the channel. Still no details about a particular child.',
    kind: 'long',
    required: false,
    private: true,
  },
];

/** Slack's plain_text_input allows up to 3000 characters; short answers stay short so digests stay calm. */
export const MAX_ANSWER_LENGTH: Record<QuestionKind, number> = { short: 300, long: 3000, scale: 1 };

export type AnswerValue = string | number;
export type Answers = Record<string, AnswerValue>;

export type AnswerCheck = { ok: true; answers: Answers } | { ok: false; errors: Record<string, string> };

/** Checks raw answers (by question key) against the questions actually asked; errors are keyed by question key. */
export function checkAnswers(questions: readonly Question[], raw: Record<string, string | undefined>): AnswerCheck {
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const value = (raw[question.key] ?? '').trim();
    if (value === '') {
      if (question.required) errors[question.key] = 'Please answer this one: a line or two is plenty.';
      continue;
    }
    if (question.kind === 'scale') {
      const score = Number(value);
      if (!Number.isInteger(score) || score < 1 || score > 5)
        errors[question.key] = 'Please choose a number from 1 to 5.';
      else answers[question.key] = score;
      continue;
    }
    const limit = MAX_ANSWER_LENGTH[question.kind];
    if (value.length > limit) {
      errors[question.key] =
        `Please keep this under ${limit} characters (it is ${value.length} now); the details can go in a follow-up.`;
      continue;
    }
    answers[question.key] = value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}

export function makeQuestionKey(existing: readonly string[]): string {
  let index = existing.length + 1;
  while (existing.includes(`q${index}`)) index += 1;
  return `q${index}`;
}
