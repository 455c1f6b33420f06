import type { Repositories } from '../db/repositories/index.js';
import type { Period, ReportBlocker, ReportContent, ReportTask, ReportWin } from '../domain/insights/index.js';
import type { Coalition } from '../domain/people.js';
import type { CoalitionFacts } from './insights-data.js';
import type { PrivacyService } from './privacy.js';

const WITHHELD = '(withheld by the privacy scan)';
const DAY_MS = 86_400_000;

interface Context {
  repos: Repositories;
  coalition: Coalition;
  facts: CoalitionFacts;
  inPeriod: (date: string) => boolean;
}

/** Wins celebrated in the channel because their author ticked "share my win", from a question that was not private. */
function sharedWins({ repos, coalition, facts, inPeriod }: Context): ReportWin[] {
  return repos.insights.celebrations(coalition.id).flatMap((celebration) => {
    if (celebration.kind !== 'win' || !celebration.ts || !inPeriod(facts.localDate(celebration.at))) return [];
    const response = repos.responses.findById(Number(celebration.subjectKey.replace(/^win:/, '')));
    const cycle = response && repos.cycles.findById(response.cycleId);
    const text = response?.answers?.win;
    const winIsPrivate = cycle?.questions.some((question) => question.key === 'win' && question.private) ?? true;
    if (!response?.shareWin || response.status !== 'answered' || typeof text !== 'string' || winIsPrivate) return [];
    const person = facts.people.get(response.personId);
    const organisation = person?.organisationId ? facts.organisations.get(person.organisationId) : undefined;
    const sector = person?.sector ?? organisation?.sector ?? null;
    return [{ cycleDate: cycle?.cycleDate ?? '', organisation: organisation?.name ?? null, sector, text }];
  });
}

/** Status changes per task, without their notes: notes can hold detail never meant for a report. */
function taskHistories({ repos, coalition, facts }: Context): Map<number, ReportTask['history']> {
  const history = new Map<number, ReportTask['history']>();
  for (const event of repos.insights.taskEvents(coalition.id)) {
    const list = history.get(event.taskId) ?? [];
    list.push({
      on: facts.localDate(event.at),
      kind: event.kind,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
    });
    history.set(event.taskId, list);
  }
  return history;
}

function blockersRaised({ repos, coalition, facts, inPeriod }: Context): ReportBlocker[] {
  return repos.insights.blockers(coalition.id).flatMap((blocker) => {
    const raisedOn = facts.localDate(blocker.createdAt);
    if (!inPeriod(raisedOn)) return [];
    const end = blocker.resolvedAt ?? facts.input.now;
    return [
      {
        raisedOn,
        resolvedOn: blocker.resolvedAt ? facts.localDate(blocker.resolvedAt) : null,
        daysOpen: Math.max(0, Math.floor((end.getTime() - blocker.createdAt.getTime()) / DAY_MS)),
        offersOfHelp: blocker.offers,
      },
    ];
  });
}

/**
 * The report's rows. Only text that passes today's privacy scan goes in; wins only when their author chose to
 * share them; task notes and private answers never.
 */
export function gatherReportContent(
  repos: Repositories,
  privacy: PrivacyService,
  coalition: Coalition,
  facts: CoalitionFacts,
  period: Period,
  reviewerUserId: string,
): ReportContent {
  const context: Context = {
    repos,
    coalition,
    facts,
    inPeriod: (date) => date >= period.fromDate && date <= period.toDate,
  };
  const goals = repos.goals.listGoals(coalition.id);
  const milestones = repos.goals.listMilestones(coalition.id);
  const tasks = repos.tasks.listByCoalition(coalition.id);
  const wins = sharedWins(context);
  // The scan runs again now: the detector and the coalition's allow-list may have changed since the text was typed.
  const texts: Record<string, string> = {};
  for (const goal of goals) texts[`goal:${goal.id}`] = goal.title;
  for (const milestone of milestones) texts[`milestone:${milestone.id}`] = milestone.title;
  for (const task of tasks) texts[`task:${task.id}`] = task.title;
  wins.forEach((win, index) => {
    texts[`win:${index}`] = win.text;
  });
  const review = privacy.review(texts, {
    teamId: coalition.teamId,
    coalition,
    userId: reviewerUserId,
    surface: 'report',
  });
  const held = new Set([...Object.keys(review.blocked), ...Object.keys(review.warned)]);
  const clean = (key: string, text: string) => (held.has(key) ? WITHHELD : text);
  const goalTitle = new Map(goals.map((goal) => [goal.id, clean(`goal:${goal.id}`, goal.title)]));
  const milestoneRef = new Map(milestones.map((milestone) => [milestone.id, `M-${milestone.number}`]));
  const history = taskHistories(context);
  const { localDate, organisations, people } = facts;
  return {
    goals: goals.map((goal) => ({ ref: `G-${goal.number}`, title: goalTitle.get(goal.id) ?? '' })),
    milestones: milestones.map((milestone) => ({
      ref: `M-${milestone.number}`,
      goal: goalTitle.get(milestone.goalId) ?? '',
      title: clean(`milestone:${milestone.id}`, milestone.title),
      target: milestone.target,
      progress: milestone.progress,
      dueDate: milestone.dueDate,
      reachedOn: milestone.reachedAt ? localDate(milestone.reachedAt) : null,
    })),
    tasks: tasks.map((task) => {
      const owner = people.get(task.ownerPersonId);
      const organisationId = task.organisationId ?? owner?.organisationId ?? null;
      const organisation = organisationId === null ? undefined : organisations.get(organisationId);
      return {
        ref: `T-${task.number}`,
        title: clean(`task:${task.id}`, task.title),
        organisation: organisation?.name ?? null,
        sector: owner?.sector ?? organisation?.sector ?? null,
        status: task.status,
        dueDate: task.dueDate,
        createdOn: localDate(task.createdAt),
        completedOn: task.status === 'done' && task.closedAt ? localDate(task.closedAt) : null,
        milestone: task.milestoneId === null ? null : (milestoneRef.get(task.milestoneId) ?? null),
        history: history.get(task.id) ?? [],
      };
    }),
    wins: wins.filter((_, index) => !held.has(`win:${index}`)),
    blockers: blockersRaised(context),
    withheld: held.size,
  };
}
