import { asc, eq } from 'drizzle-orm';
import type { Question } from '../../domain/questions.js';
import type { Db } from '../client.js';
import { questions } from '../schema.js';

type QuestionRow = typeof questions.$inferSelect;

function toQuestion(row: QuestionRow): Question {
  return {
    key: row.key,
    prompt: row.prompt,
    hint: row.hint,
    kind: row.kind,
    required: row.required,
    private: row.private,
  };
}

export function createQuestionRepository({ db }: { db: Db }) {
  return {
    list(coalitionId: number): Question[] {
      return db
        .select()
        .from(questions)
        .where(eq(questions.coalitionId, coalitionId))
        .orderBy(asc(questions.position))
        .all()
        .map(toQuestion);
    },
    /** Replaces the whole ordered set in one transaction, so readers never see half an edit. */
    replaceAll(teamId: string, coalitionId: number, set: readonly Question[]): void {
      db.transaction((tx) => {
        tx.delete(questions).where(eq(questions.coalitionId, coalitionId)).run();
        if (set.length === 0) return;
        tx.insert(questions)
          .values(set.map((question, position) => ({ ...question, teamId, coalitionId, position })))
          .run();
      });
    },
  };
}

export type QuestionRepository = ReturnType<typeof createQuestionRepository>;
