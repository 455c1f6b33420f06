import { describe, expect, it } from 'vitest';
import { checkAnswers, DEFAULT_QUESTIONS, makeQuestionKey, type Question } from '../../../src/domain/questions.js';

const scale: Question = {
  key: 'confidence',
  prompt: 'How confident?',
  hint: null,
  kind: 'scale',
  required: false,
  private: false,
};
const questions = [...DEFAULT_QUESTIONS, scale];

describe('questions', () => {
  it('asks the five default questions, each with a reminder to keep child details out, the last one private', () => {
    expect(DEFAULT_QUESTIONS.map((question) => question.key)).toEqual([
      'progress',
      'blockers',
      'help',
      'win',
      'private_note',
    ]);
    expect(DEFAULT_QUESTIONS.every((question) => /child/.test(question.hint ?? ''))).toBe(true);
    expect(DEFAULT_QUESTIONS.filter((question) => question.private).map((question) => question.key)).toEqual([
      'private_note',
    ]);
  });

  it.each([
    [
      'a complete answer',
      { progress: ' Leaflet done ', confidence: '4' },
      { ok: true, answers: { progress: 'Leaflet done', confidence: 4 } },
    ],
    [
      'a missing required answer',
      { progress: '   ' },
      { ok: false, errors: { progress: expect.stringMatching(/answer this one/) } },
    ],
    [
      'an over-long short answer',
      { progress: 'x', win: 'w'.repeat(301) },
      { ok: false, errors: { win: expect.stringMatching(/under 300 characters \(it is 301 now\)/) } },
    ],
    [
      'a scale outside 1 to 5',
      { progress: 'x', confidence: '6' },
      { ok: false, errors: { confidence: expect.stringMatching(/1 to 5/) } },
    ],
    [
      'answers to questions that were not asked',
      { progress: 'x', surprise: 'ignored' },
      { ok: true, answers: { progress: 'x' } },
    ],
  ])('checks %s', (_name, raw, expected) => {
    expect(checkAnswers(questions, raw)).toEqual(expected);
  });

  it('makes a key that does not clash', () => {
    expect(makeQuestionKey(['progress', 'q2'])).toBe('q3');
    expect(makeQuestionKey(['q1'])).toBe('q2');
  });
});
