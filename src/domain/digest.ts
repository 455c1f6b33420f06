import type { Answers, Question } from './questions.js';
import { SECTORS, type SectorKey } from './sectors.js';

export interface DigestPerson {
  personId: number;
  userId: string;
  name: string;
  organisation: string | null;
  sector: SectorKey | null;
}

export interface DigestResponse {
  person: DigestPerson;
  late: boolean;
  /** Answers to the public questions only: private notes never reach a digest. */
  answers: Answers;
}

export interface TaskLine {
  ref: string;
  title: string;
  ownerUserId: string;
  dueDate: string | null;
}

export interface MilestoneLine {
  ref: string;
  title: string;
  goal: string;
  progress: number;
  target: number;
}

export interface BlockerLine {
  id: number;
  person: DigestPerson;
  text: string;
  offers: string[];
  /** From an earlier cycle and still open: shown until its author marks it resolved. */
  carried: boolean;
}

export interface DigestInput {
  coalitionName: string;
  cycleDate: string;
  participants: DigestPerson[];
  responses: DigestResponse[];
  away: DigestPerson[];
  questions: Question[];
  blockers: BlockerLine[];
  tasks: { completed: TaskLine[]; dueSoon: TaskLine[]; overdue: TaskLine[] };
  milestones: { reached: MilestoneLine[]; next: MilestoneLine[] };
  celebrated: number;
  /** Core sectors nobody covers, when it is time to mention them (at most monthly); otherwise null. */
  missingSectors: SectorKey[] | null;
  nameOverdueOwners: boolean;
}

export interface SectorProgress {
  sector: SectorKey | null;
  entries: Array<{ person: DigestPerson; text: string }>;
}

export interface Digest {
  coalitionName: string;
  cycleDate: string;
  answered: number;
  expected: number;
  bySector: Array<{ sector: SectorKey | null; answered: number; expected: number }>;
  wins: Array<{ person: DigestPerson; text: string }>;
  progress: SectorProgress[];
  blockers: BlockerLine[];
  tasks: {
    completed: TaskLine[];
    dueSoon: TaskLine[];
    overdue: TaskLine[];
    overdueCount: number;
    nameOverdueOwners: boolean;
  };
  milestones: { reached: MilestoneLine[]; next: MilestoneLine[] };
  away: DigestPerson[];
  celebrated: number;
  missingSectors: SectorKey[];
  replies: Array<{ person: DigestPerson; late: boolean; lines: Array<{ question: string; answer: string }> }>;
}

const SECTOR_ORDER: Array<SectorKey | null> = [...SECTORS.map((sector) => sector.key), null];
const PROGRESS_KEY = 'progress';
const WIN_KEY = 'win';

function bySectorOrder<T extends { sector: SectorKey | null }>(items: T[]): T[] {
  return [...items].sort((a, b) => SECTOR_ORDER.indexOf(a.sector) - SECTOR_ORDER.indexOf(b.sector));
}

function byName<T extends { person: DigestPerson }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.person.name.localeCompare(b.person.name));
}

const answerText = (answers: Answers, key: string): string => {
  const value = answers[key];
  return typeof value === 'string' ? value.trim() : value === undefined ? '' : String(value);
};

/** One partner's public answers for the thread, in the order the questions were asked. */
export function digestReplyFor(response: DigestResponse, questions: Question[]): Digest['replies'][number] {
  return {
    person: response.person,
    late: response.late,
    lines: questions
      .filter((question) => !question.private)
      .map((question) => ({ question: question.prompt, answer: answerText(response.answers, question.key) }))
      .filter((line) => line.answer),
  };
}

/**
 * The cycle's digest as plain data. Sectors come in taxonomy order and people by name, never by how much they
 * wrote; private questions are left out entirely; everyone's full answers go to the thread.
 */
export function composeDigest(input: DigestInput): Digest {
  const answeredIds = new Set(input.responses.map((response) => response.person.personId));
  const sectors = new Set<SectorKey | null>(input.participants.map((person) => person.sector));
  const bySector = bySectorOrder(
    [...sectors].map((sector) => ({
      sector,
      expected: input.participants.filter((person) => person.sector === sector).length,
      answered: input.participants.filter((person) => person.sector === sector && answeredIds.has(person.personId))
        .length,
    })),
  );
  const text = answerText;
  const progressBySector = new Map<SectorKey | null, SectorProgress['entries']>();
  for (const response of input.responses) {
    const progress = text(response.answers, PROGRESS_KEY);
    if (!progress) continue;
    const entries = progressBySector.get(response.person.sector) ?? [];
    entries.push({ person: response.person, text: progress });
    progressBySector.set(response.person.sector, entries);
  }
  return {
    coalitionName: input.coalitionName,
    cycleDate: input.cycleDate,
    answered: input.responses.length,
    expected: input.participants.length,
    bySector,
    wins: byName(
      input.responses
        .map((response) => ({ person: response.person, text: text(response.answers, WIN_KEY) }))
        .filter((win) => win.text),
    ),
    progress: bySectorOrder([...progressBySector].map(([sector, entries]) => ({ sector, entries: byName(entries) }))),
    blockers: byName(input.blockers),
    tasks: { ...input.tasks, overdueCount: input.tasks.overdue.length, nameOverdueOwners: input.nameOverdueOwners },
    milestones: input.milestones,
    away: [...input.away].sort((a, b) => a.name.localeCompare(b.name)),
    celebrated: input.celebrated,
    missingSectors: input.missingSectors ?? [],
    replies: byName(input.responses.map((response) => digestReplyFor(response, input.questions))),
  };
}
