import { describe, expect, it } from 'vitest';
import { TASK_STATUSES } from '../../../../src/domain/tasks.js';
import { checkinModal } from '../../../../src/slack/blocks/checkin-modal.js';
import { promptMessage } from '../../../../src/slack/blocks/checkin-prompt.js';
import { concernCardView } from '../../../../src/slack/blocks/concern-card.js';
import { digestReply, digestSummary } from '../../../../src/slack/blocks/digest-message.js';
import { homeView } from '../../../../src/slack/blocks/home-view.js';
import { taskOwnerMessage } from '../../../../src/slack/blocks/task-messages.js';
import {
  checkinForm,
  coordinatorHome,
  digestFor,
  ordinary,
  partnerHome,
  surfaces,
  taskDm,
} from '../../../fixtures/surfaces.js';

// The main surfaces as Block Kit JSON, one file each, so a change of wording or layout shows up in review as a
// diff of what people will read (paste a file into Block Kit Builder to see it). `npx vitest -u` accepts a change.
const DIR = './__snapshots__/surfaces';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const rendered = surfaces(ordinary);

const MAIN: Record<string, unknown> = {
  prompt: rendered.prompt,
  'checkin-form-new': checkinModal(checkinForm(ordinary)),
  'checkin-form-editing': rendered.checkinForm,
  'checkin-form-flagged': rendered.checkinFormFlagged,
  'digest-10-summary': digestSummary(digestFor(ordinary, 10)),
  'digest-50-summary': digestSummary(digestFor(ordinary, 50)),
  'digest-reply': rendered.digestReply,
  ...Object.fromEntries(
    TASK_STATUSES.map((status) => [`task-dm-${status}`, taskOwnerMessage(taskDm(ordinary, status))]),
  ),
  'task-dm-completes-milestone': taskOwnerMessage(
    taskDm(ordinary, 'on_track', { completesMilestone: { ref: 'M-1', title: '20 schools confirmed' } }),
  ),
  'task-dm-handed-back': taskOwnerMessage(taskDm(ordinary, 'not_started', { handedBack: true })),
  'task-blocked-to-coordinator': rendered.taskBlocked,
  'home-partner-open': homeView({ coordinating: [], partnering: [partnerHome(ordinary, 'open')] }),
  'home-partner-answered': homeView({ coordinating: [], partnering: [partnerHome(ordinary, 'answered')] }),
  'home-partner-away': homeView({ coordinating: [], partnering: [partnerHome(ordinary, 'away')] }),
  'home-partner-no-checkin': homeView({ coordinating: [], partnering: [partnerHome(ordinary, null)] }),
  'home-coordinator': homeView({ coordinating: [coordinatorHome(ordinary)], partnering: [] }),
  'friendly-note': rendered.friendlyNote,
  'concern-card-uk': concernCardView({ jurisdiction: 'uk', localContact: null }),
  'concern-card-uk-local-number': concernCardView({ jurisdiction: 'uk', localContact: '0161 234 5678' }),
  'concern-card-us': concernCardView({ jurisdiction: 'us', localContact: null }),
};

describe('main surfaces, as Block Kit JSON', () => {
  it.each(Object.keys(MAIN))('%s', async (name) => {
    await expect(json(MAIN[name])).toMatchFileSnapshot(`${DIR}/${name}.json`);
  });

  it('the digest reply keeps each partner’s words whole', () => {
    const reply = digestReply({
      person: { personId: 1, userId: 'U1', name: 'Sam', organisation: null, sector: null },
      late: false,
      lines: [{ question: 'What has moved forward since last time?', answer: ordinary('progress') }],
    });
    expect(JSON.stringify(reply)).toContain(ordinary('progress'));
  });

  it('the prompt names the close time in each reader’s own timezone, with a fallback', () => {
    expect(JSON.stringify(promptMessage({ ...baselinePrompt(), tz: 'America/New_York' }))).toContain(
      '|Wed 2 Dec 2026, 04:00 (America/New_York)>',
    );
  });
});

function baselinePrompt() {
  return {
    deliveryId: 1,
    cycleId: 7,
    coalitionName: 'Northside',
    cycleDate: '2026-11-30',
    closesAt: new Date('2026-12-02T09:00:00Z'),
    tz: 'Europe/London',
    late: false,
    tasks: [],
  };
}
