import type { types } from '@slack/bolt';
import { sectorLabel } from '../../domain/sectors.js';
import { STATUS_LABELS, TASK_STATUSES, type Task, taskRef } from '../../domain/tasks.js';
import type { CoordinatorHome, HomeData, PartnerHome } from '../../services/home.js';
import type { HomeCharts } from '../../services/insights.js';
import { ACTIONS, HOME_ACTIONS } from '../ids.js';
import { slackDate, slackDateTime } from './dates.js';
import { type Block, button, context, divider, header, plainText, section } from './elements.js';
import { escapeMrkdwn } from './escape.js';
import { insightsHomeBlocks } from './insights-messages.js';

// The Home tab holds 100 blocks; each list is capped so several coalitions still fit.
const MAX_BLOCKS = 100;
const TASKS_ON_HOME = 12;
const QUIET_ON_HOME = 8;

const actions = (blockId: string, elements: types.Button[]): types.ActionsBlock => ({
  type: 'actions',
  block_id: blockId,
  elements,
});

function checkinBlocks(home: PartnerHome): Block[] {
  const { checkin } = home;
  const away = home.awayUntil ? `You are away until ${slackDate(home.awayUntil)}: no check-ins until then.` : '';
  if (!checkin)
    return [section(away || 'No check-in is open right now. I will send you a DM when the next one opens.')];
  const value = String(checkin.cycleId);
  const until = slackDateTime(checkin.closesAt, home.coalition.timezone);
  const when = slackDate(checkin.cycleDate);
  switch (checkin.status) {
    case 'answered':
      return [
        section(`✅ You have checked in for ${when}. You can change your answers until ${until}.`),
        actions(`home_checkin_${value}`, [button('Edit my answers', ACTIONS.openCheckin, value)]),
      ];
    case 'away':
      return [section(away || `You are marked as away for the check-in of ${when}.`)];
    case 'skipped':
      return [
        section(`You skipped the check-in for ${when}. Changed your mind? It is open until ${until}.`),
        actions(`home_checkin_${value}`, [button('Check in', ACTIONS.openCheckin, value, 'primary')]),
      ];
    case 'open':
      return [
        section(`*Your check-in for ${when} is open* until ${until}. It takes about two minutes.`),
        actions(`home_checkin_${value}`, [
          button('Check in', ACTIONS.openCheckin, value, 'primary'),
          button('Skip this time', HOME_ACTIONS.skip, value),
          button('I’m away until…', ACTIONS.openAway, value),
        ]),
      ];
  }
}

function statusSelect(task: Task): types.StaticSelect {
  const options = TASK_STATUSES.map((status) => ({
    text: plainText(STATUS_LABELS[status]),
    value: `${task.id}:${status}`,
  }));
  const current = options.find((option) => option.value === `${task.id}:${task.status}`);
  return {
    type: 'static_select',
    action_id: HOME_ACTIONS.taskStatus,
    options,
    ...(current ? { initial_option: current } : {}),
  };
}

function partnerBlocks(home: PartnerHome): Block[] {
  const tasks = home.tasks.slice(0, TASKS_ON_HOME).map((task) => ({
    ...section(
      `*${taskRef(task)}* ${escapeMrkdwn(task.title)}${task.dueDate ? `\ndue ${slackDate(task.dueDate)}` : ''}`,
    ),
    accessory: statusSelect(task),
  }));
  const more =
    home.tasks.length > TASKS_ON_HOME
      ? [context(`…and ${home.tasks.length - TASKS_ON_HOME} more with \`/coalition tasks\`.`)]
      : [];
  return [
    header(home.coalition.name),
    ...checkinBlocks(home),
    section(
      home.tasks.length > 0 ? '*Your tasks*: change a status with its menu.' : '*Your tasks*: none open. Thank you!',
    ),
    ...tasks,
    ...more,
    actions(`home_profile_${home.coalition.id}`, [
      button('Edit my profile', ACTIONS.openProfile, String(home.coalition.id)),
    ]),
  ];
}

function checkinSummary(view: CoordinatorHome): string {
  const { checkin } = view;
  if (!checkin) return '*Check-ins:* none yet. Set a schedule to start them.';
  const closes = checkin.open ? ` · closes ${slackDateTime(checkin.closesAt, view.coalition.timezone)}` : ' · closed';
  return `*Check-in of ${slackDate(checkin.cycleDate)}:* ${checkin.answered} of ${checkin.expected} checked in so far${closes}`;
}

function coverageLine(view: CoordinatorHome): string {
  const rows = view.coverage.map(
    (row) => `${row.sector ? sectorLabel(row.sector) : 'Smaller sectors together'} ${row.answered} of ${row.expected}`,
  );
  return rows.length > 0
    ? `*By sector:* ${rows.join(' · ')}\n_Sectors with fewer than three partners are only counted together, so no one is singled out._`
    : '*By sector:* shown once three or more partners share a sector.';
}

function blockerBlocks(view: CoordinatorHome): Block[] {
  if (view.blockers.length === 0) return [section('*Open blockers:* none. 🎉')];
  return [
    section(`*Open blockers* (${view.blockers.length})`),
    ...view.blockers.map((blocker) => ({
      ...section(
        `${escapeMrkdwn(blocker.name)}${blocker.organisation ? ` (${escapeMrkdwn(blocker.organisation)})` : ''}: ${escapeMrkdwn(blocker.text.slice(0, 280))}${blocker.offers > 0 ? `\n_${blocker.offers} offer${blocker.offers === 1 ? '' : 's'} of help_` : ''}`,
      ),
      accessory: button('I can help', HOME_ACTIONS.offerHelp, String(blocker.id)),
    })),
  ];
}

function quietBlocks(view: CoordinatorHome): Block[] {
  if (view.quietPartners.length === 0) return [section('*Nobody has gone quiet.* Everyone has checked in recently.')];
  return [
    section(
      '*Quiet lately* (no check-in for three cycles). A friendly word often helps: ask how things are going, or whether another time suits them better.',
    ),
    ...view.quietPartners.slice(0, QUIET_ON_HOME).map((person) => ({
      ...section(escapeMrkdwn(person.name)),
      accessory: button('Send a friendly note', HOME_ACTIONS.friendlyNote, `${view.coalition.id}:${person.userId}`),
    })),
  ];
}

function coordinatorBlocks(view: CoordinatorHome, charts: HomeCharts | undefined): Block[] {
  const id = String(view.coalition.id);
  return [
    header(`${view.coalition.name}: coordinating`),
    section(checkinSummary(view)),
    context(coverageLine(view)),
    actions(`home_coordinate_${id}`, [
      button('Assign a task', HOME_ACTIONS.assign, id, 'primary'),
      button('Schedule', HOME_ACTIONS.schedule, id),
      button('Preview digest', HOME_ACTIONS.previewDigest, id),
    ]),
    ...blockerBlocks(view),
    ...quietBlocks(view),
    section(
      view.missingCoreSectors.length > 0
        ? `*Not at the table yet:* ${view.missingCoreSectors.map(sectorLabel).join(', ')}. Who could we invite?`
        : '*Every core sector is at the table.*',
    ),
    section(`*Tasks:* ${view.openTasks} open, ${view.overdueTasks} overdue. \`/coalition tasks all\``),
    ...insightsHomeBlocks(charts),
    context(`Only you and the other coordinators see this overview. ${view.rosterCount} on the roster.`),
    divider(),
  ];
}

/** `charts`: the insights charts for each coalition a coordinator sees (by coalition id), when there are any. */
export function homeView(data: HomeData, charts: Map<number, HomeCharts> = new Map()): types.HomeView {
  const blocks: Block[] = [];
  if (data.coordinating.length === 0 && data.partnering.length === 0)
    blocks.push(
      header('Coalition Check-ins'),
      section('You are not in a coalition yet. A coordinator can set one up in a channel with `/coalition setup`.'),
    );
  for (const view of data.partnering) blocks.push(...partnerBlocks(view), divider());
  for (const view of data.coordinating) blocks.push(...coordinatorBlocks(view, charts.get(view.coalition.id)));
  blocks.push(context('`/coalition help` lists everything I can do.'));
  return { type: 'home', blocks: blocks.slice(0, MAX_BLOCKS) };
}
