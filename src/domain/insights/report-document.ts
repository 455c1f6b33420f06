import type { ChartSpec } from './charts.js';
import { describeRate, FEWER_THAN_3 } from './groups.js';
import type { Insights } from './insights.js';
import { describePeriod } from './period.js';
import type { ReportContent } from './report-data.js';
import { sectorLabel } from './sectors.js';

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  bullets: string[];
  chart?: ChartSpec['id'];
}

/** The short yearly document, as structure: rendered to Markdown here and to PDF by the report service. */
export interface ReportDocument {
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const MAX_LISTED = 15;

function listed<T>(items: T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, MAX_LISTED).map(line);
  return items.length > MAX_LISTED ? [...shown, `…and ${items.length - MAX_LISTED} more (see the CSV files).`] : shown;
}

export function reportDocument(insights: Insights, content: ReportContent): ReportDocument {
  const { participation, tasks, milestones, blockers, celebrations } = insights;
  const reachedInPeriod = content.milestones.filter(
    (m) => m.reachedOn !== null && m.reachedOn >= insights.period.fromDate && m.reachedOn <= insights.period.toDate,
  );
  const openMilestones = content.milestones.filter((m) => m.reachedOn === null);
  const openTasks = content.tasks.filter((task) => task.status !== 'done' && task.status !== 'dropped');
  return {
    title: `${insights.coalitionName}: the year in review`,
    subtitle: describePeriod(insights.period),
    sections: [
      {
        heading: 'What we set out to do',
        paragraphs: content.goals.length ? [] : ['No shared goals were recorded.'],
        bullets: content.goals.map((goal) => `${goal.ref}: ${goal.title}`),
      },
      {
        heading: 'What we did',
        paragraphs: [
          `${plural(tasks.overall.completed ?? 0, 'task')} completed` +
            (tasks.overall.onTime.shown
              ? `, ${describeRate(tasks.overall.onTime)} of those with a due date on time.`
              : '.'),
          `${plural(milestones.reachedInPeriod, 'milestone')} reached (${milestones.reachedByTarget} by the target date).`,
          `${plural(celebrations.kudos, 'thank-you')} and ${plural(celebrations.milestones, 'milestone celebration')} shared in the channel.`,
        ],
        bullets: listed(reachedInPeriod, (m) => `${m.ref} ${m.title} (${m.goal}), reached ${m.reachedOn}`),
        chart: 'milestones',
      },
      {
        heading: 'Who took part',
        paragraphs: [
          `Across the year, ${describeRate(participation.overall)} of check-in prompts were answered. ` +
            `Sectors are listed in a fixed order, never ranked; groups of ${FEWER_THAN_3} people are not shown as a rate.`,
        ],
        bullets: participation.bySector.map((entry) => `${sectorLabel(entry.sector)}: ${describeRate(entry.rate)}`),
        chart: 'participation',
      },
      {
        heading: 'Wins',
        paragraphs: content.wins.length ? [] : ['No wins were shared for publication in this period.'],
        bullets: listed(content.wins, (win) => `${win.text}${win.organisation ? ` (${win.organisation})` : ''}`),
      },
      {
        heading: 'What is still open',
        paragraphs: [
          `${plural(openMilestones.length, 'milestone')} and ${plural(openTasks.length, 'task')} open` +
            (tasks.overall.overdue ? `, ${tasks.overall.overdue} of the tasks past their due date.` : '.'),
          `${plural(blockers.raised, 'blocker')} raised in check-ins; ${blockers.offeredHelp} drew an offer of help, ` +
            `${blockers.resolved} resolved, ${blockers.stillOpen} still open.`,
        ],
        bullets: listed(
          openMilestones,
          (m) => `${m.ref} ${m.title}: ${m.progress} of ${m.target}${m.dueDate ? `, target ${m.dueDate}` : ''}`,
        ),
        chart: 'blockers',
      },
      ...(content.withheld
        ? [
            {
              heading: 'Left out',
              paragraphs: [
                `${plural(content.withheld, 'text')} held back because today's privacy scan found what could identify someone.`,
              ],
              bullets: [],
            },
          ]
        : []),
    ],
  };
}

/** Markdown with the charts as images next to it (`chart-<id>.png`). */
export function reportMarkdown(document: ReportDocument, charts: ChartSpec[]): string {
  const md = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
  const chartById = new Map(charts.map((chart) => [chart.id, chart]));
  return [
    `# ${md(document.title)}`,
    '',
    `_${document.subtitle}_`,
    '',
    ...document.sections.flatMap((section) => {
      const chart = section.chart ? chartById.get(section.chart) : undefined;
      return [
        `## ${section.heading}`,
        '',
        ...section.paragraphs.flatMap((paragraph) => [md(paragraph), '']),
        ...(section.bullets.length ? [...section.bullets.map((bullet) => `- ${md(bullet)}`), ''] : []),
        ...(chart ? [`![${md(chart.takeaway)}](chart-${chart.id}.png)`, '', `_${md(chart.takeaway)}_`, ''] : []),
      ];
    }),
  ].join('\n');
}
