import type { types } from '@slack/bolt';
import { describeRate, FEWER_THAN_3, type Insights } from '../../domain/insights/index.js';
import type { HomeCharts } from '../../services/insights.js';
import { type Block, context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

/** The figures behind the charts, as text: what a screen reader or a glance needs without the images. */
export function insightsFigures(insights: Insights): string {
  const { participation, tasks, milestones, blockers, celebrations } = insights;
  const count = (value: number | undefined) => (value === undefined ? FEWER_THAN_3 : String(value));
  return [
    `*Check-ins answered:* ${describeRate(participation.overall)}`,
    `*Tasks:* ${count(tasks.overall.completed)} completed, ${count(tasks.overall.overdue)} overdue, on time ${describeRate(tasks.overall.onTime)}`,
    `*Milestones:* ${milestones.reachedInPeriod} reached, ${milestones.open} open (${milestones.pastTarget} past target)`,
    `*Blockers:* ${blockers.raised} raised, ${blockers.offeredHelp} offered help, ${blockers.resolved} resolved, ${blockers.stillOpen} open`,
    `*Celebrated:* ${celebrations.kudos} kudos, ${celebrations.milestones} milestones, ${celebrations.winsShared} shared wins`,
  ].join('\n');
}

function chartImage(chart: HomeCharts['charts'][number]): types.ImageBlock {
  return {
    type: 'image',
    slack_file: { id: chart.fileId },
    alt_text: `${chart.spec.title}. ${chart.spec.takeaway}`.slice(0, 2000),
    title: { type: 'plain_text', text: chart.spec.title.slice(0, 2000) },
  };
}

/** The insights part of a coordinator's Home: the figures as text, then each chart with its takeaway. */
export function insightsHomeBlocks(charts: HomeCharts | undefined): Block[] {
  if (!charts) return [];
  return [
    section(`*Insights, last twelve months*\n${insightsFigures(charts.insights)}`),
    ...charts.charts.flatMap((chart) => [chartImage(chart), context(escapeMrkdwn(chart.spec.takeaway))]),
    context('Groups of fewer than 3 people are never shown as a rate. `/coalition insights` sends these to you.'),
  ];
}

export function insightsSentMessage(insights: Insights): SlackMessage {
  const text = 'I have sent the charts to you in our direct messages.';
  return { text, blocks: [section(`${text}\n${insightsFigures(insights)}`)] };
}

export function reportBuildingMessage(period: { fromDate: string; toDate: string }): SlackMessage {
  const text = `Building your report for ${period.fromDate} to ${period.toDate}… It will arrive in our direct messages in a few seconds.`;
  return { text, blocks: [section(text)] };
}

export function reportBusyMessage(): SlackMessage {
  const text =
    'A report for this coalition is already being built. It will be in the DMs of whoever asked in a moment.';
  return { text, blocks: [section(text)] };
}
