import type { Question } from '../../domain/questions.js';
import { context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

const KIND_LABEL = { short: 'short answer', long: 'longer answer', scale: '1–5 scale' } as const;

export function questionsMessage(questions: readonly Question[]): SlackMessage {
  const lines = questions.map((question, index) => {
    const flags = [
      KIND_LABEL[question.kind],
      question.required ? 'required' : 'optional',
      question.private ? 'private to coordinators' : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `${index + 1}. ${escapeMrkdwn(question.prompt)} _(${flags})_`;
  });
  return {
    text: 'The check-in questions',
    blocks: [
      section(`*The check-in questions*\n${lines.join('\n')}`),
      context(
        'Coordinators can change them with `/coalition question add|remove|move|require|reset`. Open check-ins keep the questions they asked.',
      ),
    ],
  };
}
