import { toCsv } from './csv.js';
import { FEWER_THAN_3, type MaskedRate } from './groups.js';
import type { Insights } from './insights.js';
import type { ReportContent } from './report-data.js';
import { sectorLabel } from './sectors.js';

export interface CsvFile {
  filename: string;
  description: string;
  columns: Array<[name: string, meaning: string]>;
  content: string;
}

const rateCells = (rate: MaskedRate) =>
  rate.shown ? [rate.numerator, rate.denominator, rate.rate.toFixed(3)] : [FEWER_THAN_3, FEWER_THAN_3, FEWER_THAN_3];

function file(
  filename: string,
  description: string,
  columns: Array<[string, string]>,
  rows: Array<Array<string | number | null | undefined>>,
): CsvFile {
  return {
    filename,
    description,
    columns,
    content: toCsv(
      columns.map(([name]) => name),
      rows,
    ),
  };
}

/** The CSV bundle: participation, tasks and their history, milestones, shared wins, blockers and offers. */
export function reportCsvFiles(insights: Insights, content: ReportContent): CsvFile[] {
  const participation = insights.participation.byCycle.flatMap((cycle) => [
    [cycle.cycleDate, 'All partners', ...rateCells(cycle.overall)],
    ...cycle.bySector.map((entry) => [cycle.cycleDate, sectorLabel(entry.sector), ...rateCells(entry.rate)]),
  ]);
  return [
    file(
      'participation.csv',
      'Check-in participation for each cycle, for all partners and by sector.',
      [
        ['cycle_date', 'The date of the check-in cycle (coalition calendar).'],
        ['sector', 'The sector, or "All partners".'],
        ['answered', 'People who answered.'],
        ['prompted', 'People asked to check in; people away or not yet scheduled are not counted.'],
        ['rate', `answered / prompted, 0 to 1. "${FEWER_THAN_3}" when fewer than 3 people were asked.`],
      ],
      participation,
    ),
    file(
      'tasks.csv',
      'Every task in the coalition, with its organisation, sector and dates.',
      [
        ['ref', 'Task reference, T-number.'],
        ['title', 'What the task is.'],
        ['organisation', 'The organisation carrying it.'],
        ['sector', 'The owner’s sector.'],
        ['status', 'not_started, on_track, at_risk, blocked, done or dropped.'],
        ['due_date', 'When it was due, if set.'],
        ['created_on', 'When it was assigned.'],
        ['completed_on', 'When it was marked done.'],
        ['milestone', 'The milestone it works towards, if any.'],
      ],
      content.tasks.map((task) => [
        task.ref,
        task.title,
        task.organisation,
        task.sector === null ? null : sectorLabel(task.sector),
        task.status,
        task.dueDate,
        task.createdOn,
        task.completedOn,
        task.milestone,
      ]),
    ),
    file(
      'task_history.csv',
      'Each change to each task. Notes are not included.',
      [
        ['ref', 'Task reference.'],
        ['on', 'Date of the change.'],
        ['change', 'created, status, reassigned or declined.'],
        ['from_status', 'Status before.'],
        ['to_status', 'Status after.'],
      ],
      content.tasks.flatMap((task) =>
        task.history.map((event) => [task.ref, event.on, event.kind, event.fromStatus, event.toStatus]),
      ),
    ),
    file(
      'milestones.csv',
      'Milestones, the goal each serves, their targets and when they were reached.',
      [
        ['ref', 'Milestone reference, M-number.'],
        ['goal', 'The shared goal.'],
        ['title', 'The milestone.'],
        ['target', 'The number to reach.'],
        ['progress', 'Progress so far.'],
        ['due_date', 'Target date.'],
        ['reached_on', 'Date reached.'],
      ],
      content.milestones.map((m) => [m.ref, m.goal, m.title, m.target, m.progress, m.dueDate, m.reachedOn]),
    ),
    file(
      'wins.csv',
      'Wins their authors chose to share in the channel, credited to the organisation.',
      [
        ['cycle_date', 'The check-in cycle.'],
        ['organisation', 'The organisation credited.'],
        ['sector', 'Its sector.'],
        ['win', 'The win, as shared.'],
      ],
      content.wins.map((win) => [
        win.cycleDate,
        win.organisation,
        win.sector === null ? null : sectorLabel(win.sector),
        win.text,
      ]),
    ),
    file(
      'blockers.csv',
      'Blockers raised in check-ins: when, how long they stayed open and how many offers of help they had. No text.',
      [
        ['raised_on', 'Date raised.'],
        ['resolved_on', 'Date resolved, empty while open.'],
        ['days_open', 'Days from raised to resolved, or to the report date while open.'],
        ['offers_of_help', 'How many people offered help.'],
      ],
      content.blockers.map((b) => [b.raisedOn, b.resolvedOn, b.daysOpen, b.offersOfHelp]),
    ),
  ];
}

/** The data dictionary: every file and column, in Markdown. */
export function dataDictionary(files: CsvFile[]): string {
  return [
    '# Data dictionary',
    '',
    `Groups of fewer than 3 people show "${FEWER_THAN_3}" instead of a figure. People are never ranked.`,
    'Only text that passed the privacy scan and that its author chose to share is included; private answers never are.',
    '',
    ...files.flatMap((entry) => [
      `## ${entry.filename}`,
      '',
      entry.description,
      '',
      '| Column | Meaning |',
      '| --- | --- |',
      ...entry.columns.map(([name, meaning]) => `| ${name} | ${meaning} |`),
      '',
    ]),
  ].join('\n');
}
