import type { Clock } from '../../clock.js';
import type { Repositories } from '../../db/repositories/index.js';
import { type Cycle, isLate, parseDateRange } from '../../domain/cycles.js';
import { DomainError } from '../../domain/errors.js';
import { localDate } from '../../domain/local-time.js';
import type { Coalition, Person } from '../../domain/people.js';
import { type Answers, checkAnswers, type Question } from '../../domain/questions.js';
import type { Task, TaskStatus } from '../../domain/tasks.js';
import type { CheckinNotifier } from '../ports.js';
import type { OverrideReason, PrivacyService } from '../privacy.js';
import type { TaskService } from '../tasks/task-service.js';
import { createCheckinLookups } from './checkin-lookups.js';
import { scanCheckinAnswers } from './checkin-scan.js';
import { applyTaskUpdates, taskProblems } from './checkin-task-updates.js';

export interface CheckinForm {
  cycle: Cycle;
  coalitionName: string;
  questions: Question[];
  answers: Answers;
  late: boolean;
  /** The partner's open tasks, each with a status select in the form. */
  tasks: Task[];
  /** Whether they chose to share their win last time they saved this check-in (kept when editing). */
  shareWin: boolean;
  /** Their blocker from an earlier check-in that is still open, offered back as "still blocking?". */
  earlierBlocker: { id: number; text: string } | null;
  /** Whether answers are already saved, so the form is an edit; defaults to "answers are filled in". */
  editing?: boolean;
  /** After a privacy warning: the fields it flagged, by question key (or `tasknote:<id>`), with what to say. */
  flagged?: Record<string, string>;
  /** Opened from the App Home (so the Home is redrawn after). */
  fromHome?: boolean;
}

export type TaskUpdates = Record<number, { status: TaskStatus; note: string }>;

export type SubmitResult =
  | { ok: true; late: boolean; concern: boolean; followUp: () => Promise<void> }
  | { ok: false; errors: Record<string, string>; disclosure?: { suggestion: string }; warned?: boolean };

/** What else happens once an answer is stored: a late answer joins the digest thread, a shared win is celebrated. */
export type AnsweredHook = (input: {
  coalition: Coalition;
  cycle: Cycle;
  person: Person;
  responseId: number;
  late: boolean;
  shareWin: boolean;
}) => Promise<void>;

interface Deps {
  repos: Repositories;
  notifier: CheckinNotifier;
  onAnswered?: AnsweredHook;
  tasks: TaskService;
  privacy: PrivacyService;
  clock: Clock;
}

export function createCheckinService({ repos, notifier, tasks, privacy, clock, onAnswered }: Deps) {
  const { earlierBlocker, participant, openCycleFor, isLateFor, cycleAndPerson, updatePrompt } = createCheckinLookups({
    repos,
    notifier,
  });

  return {
    /** The form for a cycle (from a prompt button) or the coalition's current one (from `/coalition checkin`). */
    form(input: { userId: string; cycleId?: number; coalition?: Coalition }): CheckinForm {
      const now = clock.now();
      const coalition =
        input.coalition ?? repos.coalitions.findById(repos.cycles.findById(input.cycleId ?? -1)?.coalitionId ?? -1);
      if (!coalition) throw new DomainError('not_found', 'That check-in no longer exists.');
      const person = participant(coalition, input.userId);
      const cycle = input.cycleId ? repos.cycles.findById(input.cycleId) : openCycleFor(coalition, person, now);
      if (!cycle) {
        throw new DomainError(
          'not_found',
          'There is no check-in open right now.',
          'A coordinator can see or set the schedule with `/coalition schedule show`.',
        );
      }
      const existing = repos.responses.find(cycle.id, person.id);
      const late = isLateFor(cycle, person, now);
      if (late && existing?.status === 'answered') {
        throw new DomainError(
          'conflict',
          `The check-in for ${cycle.cycleDate} has closed, and your answers are in. Thank you!`,
        );
      }
      return {
        cycle,
        coalitionName: coalition.name,
        questions: cycle.questions,
        answers: existing?.answers ?? {},
        late,
        tasks: tasks.openTasksOf(person.id),
        shareWin: existing?.shareWin ?? false,
        earlierBlocker: earlierBlocker(coalition, cycle, person),
      };
    },

    /** Validates against the questions actually asked; a valid answer is stored (edited if it exists) at once. */
    submit(input: {
      cycleId: number;
      userId: string;
      raw: Record<string, string | undefined>;
      taskUpdates?: TaskUpdates;
      overrideReason?: OverrideReason;
      shareWin?: boolean;
      /** The answer to "still blocking?" about an earlier blocker; false resolves it. */
      stillBlocked?: boolean;
    }): SubmitResult {
      const now = clock.now();
      const { cycle, coalition, person } = cycleAndPerson(input.cycleId, input.userId);
      const checked = checkAnswers(cycle.questions, input.raw);
      const problems = {
        ...(checked.ok ? {} : checked.errors),
        ...taskProblems(tasks, person, input.taskUpdates ?? {}),
      };
      if (!checked.ok || Object.keys(problems).length > 0) return { ok: false, errors: problems };
      const scan = scanCheckinAnswers(
        privacy,
        coalition,
        person,
        checked.answers,
        input.taskUpdates ?? {},
        input.overrideReason,
      );
      if (!scan.ok) return scan;
      const existing = repos.responses.find(cycle.id, person.id);
      const late = isLateFor(cycle, person, now);
      if (late && existing?.status === 'answered') {
        throw new DomainError('conflict', 'This check-in has closed, so answers can no longer be changed.');
      }
      const stored = repos.responses.upsert({
        teamId: cycle.teamId,
        cycleId: cycle.id,
        personId: person.id,
        status: 'answered',
        answers: checked.answers,
        late,
        shareWin: input.shareWin ?? false,
        now,
      });
      repos.deliveries.cancelPendingFor(person.id, now, 'answered', cycle.id);
      const earlier = earlierBlocker(coalition, cycle, person);
      if (earlier && input.stillBlocked === false) repos.blockers.resolve(earlier.id, now);
      const taskFollowUps = applyTaskUpdates(tasks, person, input.taskUpdates ?? {});
      const promptDone = updatePrompt(cycle, coalition, person, 'answered', late);
      const followUp = async () => {
        await promptDone();
        for (const next of taskFollowUps) await next();
        await onAnswered?.({ coalition, cycle, person, responseId: stored.id, late, shareWin: stored.shareWin });
      };
      return { ok: true, late, concern: scan.concern, followUp };
    },

    async skip(input: { cycleId: number; userId: string }): Promise<void> {
      const now = clock.now();
      const { cycle, coalition, person } = cycleAndPerson(input.cycleId, input.userId);
      if (repos.responses.find(cycle.id, person.id)?.status === 'answered') {
        throw new DomainError('conflict', 'You have already checked in this time, so there is nothing to skip.');
      }
      repos.responses.upsert({
        teamId: cycle.teamId,
        cycleId: cycle.id,
        personId: person.id,
        status: 'skipped',
        answers: null,
        late: false,
        now,
      });
      repos.deliveries.cancelPendingFor(person.id, now, 'skipped', cycle.id);
      await updatePrompt(cycle, coalition, person, 'skipped', false)();
    },

    /**
     * Marks the person away for a date range: no prompts then, and they count as away rather than missed. The
     * absence is recorded at once; the prompt's update is a follow-up, so a form can ack before Slack is called.
     */
    away(input: { coalition: Coalition; userId: string; range: string }): {
      fromDate: string;
      toDate: string;
      followUp: () => Promise<void>;
    } {
      const now = clock.now();
      const person = participant(input.coalition, input.userId);
      const range = parseDateRange(input.range);
      if (!range) {
        throw new DomainError(
          'usage',
          'I could not read those dates.',
          'Use `/coalition away 2026-12-24..2027-01-02` (from..to, inclusive), or one date for a single day.',
        );
      }
      const today = localDate(now, person.tz);
      if (range.toDate < today)
        throw new DomainError(
          'usage',
          'Those dates are already in the past.',
          'Give the days you will be away from today on.',
        );
      repos.away.add({ teamId: input.coalition.teamId, personId: person.id, ...range, now });
      const current = openCycleFor(input.coalition, person, now);
      if (
        current &&
        !isLate(current, now) &&
        range.fromDate <= current.cycleDate &&
        current.cycleDate <= range.toDate &&
        !repos.responses.find(current.id, person.id)
      ) {
        repos.responses.upsert({
          teamId: current.teamId,
          cycleId: current.id,
          personId: person.id,
          status: 'away',
          answers: null,
          late: false,
          now,
        });
        repos.deliveries.cancelPendingFor(person.id, now, 'away', current.id);
        return { ...range, followUp: updatePrompt(current, input.coalition, person, 'away', false) };
      }
      return { ...range, followUp: async () => {} };
    },
  };
}

export type CheckinService = ReturnType<typeof createCheckinService>;
