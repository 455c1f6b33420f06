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
  /** The owner's display name, for digests that name overdue owners (in words, never a mention). */
  ownerName?: string;
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

/**
 * What the channel reads in a minute: the count, then blockers (the one place readers are asked to act), then
 * wins, tasks and milestones. Progress and everyone's full answers are in the thread only (`replies`); per-sector
 * counts are not here at all: they point at the one partner who did not answer, so they live on the coordinators'
 * Home, grouped (see `sectorCoverage`).
 */
export interface Digest {
  coalitionName: string;
  cycleDate: string;
  answered: number;
  expected: number;
  blockers: BlockerLine[];
  wins: Array<{ person: DigestPerson; text: string }>;
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
const WIN_KEY = 'win';

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
 * The cycle's digest as plain data. People come by name, never by how much they wrote; private questions are left
 * out entirely; everyone's full answers (progress included) go to the thread.
 */
export function composeDigest(input: DigestInput): Digest {
  return {
    coalitionName: input.coalitionName,
    cycleDate: input.cycleDate,
    answered: input.responses.length,
    expected: input.participants.length,
    blockers: byName(input.blockers),
    wins: byName(
      input.responses
        .map((response) => ({ person: response.person, text: answerText(response.answers, WIN_KEY) }))
        .filter((win) => win.text),
    ),
    tasks: { ...input.tasks, overdueCount: input.tasks.overdue.length, nameOverdueOwners: input.nameOverdueOwners },
    milestones: input.milestones,
    away: [...input.away].sort((a, b) => a.name.localeCompare(b.name)),
    celebrated: input.celebrated,
    missingSectors: input.missingSectors ?? [],
    replies: byName(input.responses.map((response) => digestReplyFor(response, input.questions))),
  };
}

/** Sectors with fewer partners than this are counted together, so no count points at one or two people. */
export const SMALLEST_SECTOR_SHOWN = 3;

export interface SectorCoverageRow {
  /** null: the sectors too small to show on their own (and people with no sector yet), counted together. */
  sector: SectorKey | null;
  answered: number;
  expected: number;
}

/**
 * Who answered, by sector, for the coordinators' Home: sectors in taxonomy order, and every sector with fewer than
 * three partners folded into one "other sectors" row (left out if that row would itself be under three).
 */
export function sectorCoverage(participants: DigestPerson[], answeredIds: ReadonlySet<number>): SectorCoverageRow[] {
  const rows = new Map<SectorKey | null, SectorCoverageRow>();
  for (const person of participants) {
    const row = rows.get(person.sector) ?? { sector: person.sector, answered: 0, expected: 0 };
    row.expected += 1;
    if (answeredIds.has(person.personId)) row.answered += 1;
    rows.set(person.sector, row);
  }
  const shown = [...rows.values()].filter((row) => row.sector !== null && row.expected >= SMALLEST_SECTOR_SHOWN);
  const rest = [...rows.values()].filter((row) => !shown.includes(row));
  const other = rest.reduce(
    (sum, row) => ({ sector: null, answered: sum.answered + row.answered, expected: sum.expected + row.expected }),
    { sector: null, answered: 0, expected: 0 } as SectorCoverageRow,
  );
  shown.sort((a, b) => SECTOR_ORDER.indexOf(a.sector) - SECTOR_ORDER.indexOf(b.sector));
  return other.expected >= SMALLEST_SECTOR_SHOWN ? [...shown, other] : shown;
}
