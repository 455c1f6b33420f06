import type { Clock } from '../../clock.js';
import type { Repositories } from '../../db/repositories/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Coalition } from '../../domain/people.js';
import { asksForChildDetails } from '../../domain/question-wording.js';
import {
  DEFAULT_QUESTIONS,
  makeQuestionKey,
  NO_CHILD_DETAILS_HINT,
  type Question,
  type QuestionKind,
} from '../../domain/questions.js';
import { recordAudit } from '../audit.js';
import type { PrivacyService } from '../privacy.js';
import type { RosterService } from '../roster.js';

// A modal holds 100 blocks; with tasks and context blocks beside them, twelve questions is a generous ceiling.
const MAX_QUESTIONS = 12;

export type QuestionEdit =
  | { action: 'add'; prompt: string; kind: QuestionKind; required: boolean }
  | { action: 'remove'; number: number }
  | { action: 'move'; number: number; to: number }
  | { action: 'require'; number: number; required: boolean }
  | { action: 'reset' };

/** The answers to such a question would carry a child's identifying details into Slack: refuse it, kindly. */
function refuseChildDetailQuestions(prompt: string): void {
  if (!asksForChildDetails(prompt)) return;
  throw new DomainError(
    'privacy',
    'That question asks partners to identify a child or family, and those details must stay out of Slack. I have not added it.',
    'Ask about the coalition’s work instead, for example `/coalition question add "How many families did your service support this week?" short`. A concern about a particular child goes through your organisation’s safeguarding lead.',
  );
}

export function createQuestionSetService({
  repos,
  roster,
  privacy,
  clock,
}: {
  repos: Repositories;
  roster: RosterService;
  privacy: PrivacyService;
  clock: Clock;
}) {
  function list(coalition: Coalition): Question[] {
    const stored = repos.questions.list(coalition.id);
    return stored.length > 0 ? stored : [...DEFAULT_QUESTIONS];
  }

  function at(set: Question[], number: number): Question {
    const question = set[number - 1];
    if (!question)
      throw new DomainError(
        'usage',
        `There is no question ${number}.`,
        `Questions are numbered 1 to ${set.length}: see them with \`/coalition questions\`.`,
      );
    return question;
  }

  function apply(set: Question[], edit: QuestionEdit): Question[] {
    switch (edit.action) {
      case 'reset':
        return [...DEFAULT_QUESTIONS];
      case 'add':
        if (set.length >= MAX_QUESTIONS)
          throw new DomainError('usage', `A check-in can have at most ${MAX_QUESTIONS} questions; shorter is kinder.`);
        return [
          ...set,
          {
            key: makeQuestionKey(set.map((q) => q.key)),
            prompt: edit.prompt,
            hint: NO_CHILD_DETAILS_HINT,
            kind: edit.kind,
            required: edit.required,
            private: false,
          },
        ];
      case 'remove': {
        const removed = at(set, edit.number);
        const rest = set.filter((question) => question !== removed);
        if (rest.length === 0) throw new DomainError('usage', 'A check-in needs at least one question.');
        return rest;
      }
      case 'move': {
        const moving = at(set, edit.number);
        at(set, edit.to);
        const rest = set.filter((question) => question !== moving);
        rest.splice(edit.to - 1, 0, moving);
        return rest;
      }
      case 'require':
        return set.map((question) =>
          question === at(set, edit.number) ? { ...question, required: edit.required } : question,
        );
    }
  }

  return {
    list,
    /** Edits apply to cycles that open from now on; open cycles keep the questions they asked. */
    edit(coalition: Coalition, actorUserId: string, edit: QuestionEdit): Question[] {
      roster.requireCoordinator(coalition, actorUserId, 'edit the check-in questions');
      const before = list(coalition);
      if (edit.action === 'add') {
        privacy.guard(
          { prompt: edit.prompt },
          { teamId: coalition.teamId, coalition, userId: actorUserId, surface: 'questions' },
        );
        refuseChildDetailQuestions(edit.prompt);
      }
      const after = apply(before, edit);
      repos.questions.replaceAll(coalition.teamId, coalition.id, after);
      recordAudit(
        repos,
        { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now: clock.now() },
        'questions.changed',
        {
          before: before.map((question) => question.key),
          after: after.map((question) => question.key),
        },
      );
      return after;
    },
  };
}

export type QuestionSetService = ReturnType<typeof createQuestionSetService>;
