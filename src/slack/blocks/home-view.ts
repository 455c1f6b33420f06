import type { types } from '@slack/bolt';
import { sectorLabel } from '../../domain/sectors.js';
import { STATUS_LABELS, taskRef } from '../../domain/tasks.js';
import type { HomeData } from '../../services/home.js';
import type { HomeCharts } from '../../services/insights.js';
import { formatCycleDate } from './dates.js';
import { type Block, context, divider, escapeMrkdwn, header, section } from './elements.js';
import { insightsHomeBlocks } from './insights-messages.js';

// The Home tab holds 100 blocks; each coalition gets a bounded share.
const MAX_BLOCKS = 95;

export function homeView(data: HomeData, charts: Map<number, HomeCharts> = new Map()): types.HomeView {
  const blocks: Block[] = [header('Coalition Check-ins')];
  if (data.coordinating.length === 0 && data.partnering.length === 0) {
    blocks.push(
      section('You are not in a coalition yet. A coordinator can set one up in a channel with `/coalition setup`.'),
    );
  }
  for (const view of data.coordinating) {
    const sectors = view.sectors
      .map((row) => `${row.sector ? sectorLabel(row.sector) : 'Sector not set'} ${row.count}`)
      .join(' · ');
    blocks.push(
      section(
        `*${escapeMrkdwn(view.coalition.name)}* · you coordinate · ${view.rosterCount} on the roster\n${sectors || 'Nobody on the roster yet.'}`,
      ),
      section(
        view.missingCoreSectors.length > 0
          ? `*Not at the table yet:* ${view.missingCoreSectors.map(sectorLabel).join(', ')}. Who could we invite?`
          : '*Every core sector is at the table.*',
      ),
      section(`*Tasks:* ${view.openTasks} open, ${view.overdueTasks} overdue. \`/coalition tasks all\``),
      section(
        view.quietPartners.length > 0
          ? `*Quiet lately* (no check-in for three cycles): ${view.quietPartners.map((person) => `<@${person.userId}>`).join(', ')}\nA friendly word often helps: maybe ask how things are going, or whether another time of day suits them better.`
          : '*Nobody has gone quiet.* Everyone has checked in recently.',
      ),
      ...insightsHomeBlocks(charts.get(view.coalition.id)),
      context('Only you and the other coordinators see this overview.'),
      divider(),
    );
  }
  for (const view of data.partnering) {
    const lines = view.tasks.map(
      (task) =>
        `• *${taskRef(task)}* ${escapeMrkdwn(task.title)} · ${STATUS_LABELS[task.status]}${task.dueDate ? ` · due ${formatCycleDate(task.dueDate)}` : ''}`,
    );
    blocks.push(
      section(
        `*Your tasks in ${escapeMrkdwn(view.coalition.name)}*\n${lines.join('\n') || 'No open tasks. Thank you!'}`,
      ),
    );
  }
  blocks.push(context('`/coalition help` lists everything I can do.'));
  return { type: 'home', blocks: blocks.slice(0, MAX_BLOCKS) };
}
