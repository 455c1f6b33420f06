import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../src/domain/people.js';
import { DEFAULT_QUESTIONS, type Question } from '../../../../src/domain/questions.js';
import { groupRoster } from '../../../../src/domain/roster.js';
import { DEFAULT_SCHEDULE } from '../../../../src/domain/schedule.js';
import { SECTORS } from '../../../../src/domain/sectors.js';
import { messageProblems, viewProblems } from '../../../../src/simulator/limits.js';
import { checkinModal } from '../../../../src/slack/blocks/checkin-modal.js';
import { promptMessage } from '../../../../src/slack/blocks/checkin-prompt.js';
import { helpMessage } from '../../../../src/slack/blocks/help-message.js';
import { homeView } from '../../../../src/slack/blocks/home-view.js';
import { rosterMessage } from '../../../../src/slack/blocks/roster-message.js';
import { scheduleModal } from '../../../../src/slack/blocks/schedule-modal.js';
import { SUBCOMMANDS } from '../../../../src/slack/parse/command.js';
import { coordinatorHome, ordinary, partnerHome, task } from '../../../fixtures/surfaces.js';

const FORM_EXTRAS = { shareWin: false, earlierBlocker: null };

// The simulator's limit checks are Slack's published limits; every renderer must stay inside them at any size.
function person(index: number): Person {
  const sector = SECTORS[index % SECTORS.length]?.key ?? null;
  return {
    id: index,
    teamId: 'T',
    coalitionId: 1,
    slackUserId: `U${index}`,
    homeTeamId: 'T',
    displayName: `Person ${index} ${'x'.repeat(40)}`,
    tz: 'Europe/London',
    organisationId: null,
    sector,
    whatTheyBring: null,
    role: 'partner',
    active: true,
    joinedAt: new Date(0),
    leftAt: null,
    inactiveReason: null,
  };
}

describe('Block Kit output stays inside Slack’s limits', () => {
  it.each(['coordinator', 'partner', 'observer', 'newcomer'] as const)(
    'the help message for a %s, whole: every subcommand, nothing cut short',
    (audience) => {
      const help = helpMessage(audience);
      expect(messageProblems(help.blocks)).toEqual([]);
      const text = JSON.stringify(help.blocks);
      expect(text).not.toContain('…');
      for (const name of Object.keys(SUBCOMMANDS)) expect(text).toContain(`/coalition ${name}`);
    },
  );

  it.each([1, 30, 600])('the roster with %i people', (count) => {
    const roster = groupRoster(
      Array.from({ length: count }, (_, index) => person(index)),
      [],
    );
    expect(messageProblems(rosterMessage('Coalition', roster).blocks)).toEqual([]);
  });

  it('the prompt', () => {
    const content = {
      deliveryId: 1,
      cycleId: 1,
      coalitionName: 'C'.repeat(200),
      cycleDate: '2026-11-30',
      closesAt: new Date(),
      tz: 'Europe/London',
      late: true,
      tasks: Array.from({ length: 25 }, (_, index) => ({
        id: index,
        ref: `T-${index}`,
        title: 't'.repeat(150),
        dueDate: '2026-12-05',
        status: 'At risk',
      })),
    };
    expect(messageProblems(promptMessage(content).blocks)).toEqual([]);
  });

  it('the check-in modal with twelve long questions and long answers', () => {
    const questions: Question[] = Array.from({ length: 12 }, (_, index) => ({
      key: `q${index}`,
      prompt: 'p'.repeat(3000),
      hint: 'h'.repeat(3000),
      kind: 'long',
      required: true,
      private: false,
    }));
    const answers = Object.fromEntries(questions.map((question) => [question.key, 'a'.repeat(3000)]));
    const cycle = {
      id: 1,
      teamId: 'T',
      coalitionId: 1,
      cycleDate: '2026-11-30',
      questions,
      opensAt: new Date(),
      closesAt: new Date(),
      status: 'open' as const,
      closedAt: null,
    };
    expect(
      viewProblems(
        checkinModal({ ...FORM_EXTRAS, cycle, coalitionName: 'C', questions, answers, late: false, tasks: [] }),
      ),
    ).toEqual([]);
    expect(
      viewProblems(
        checkinModal({
          ...FORM_EXTRAS,
          cycle,
          coalitionName: 'C',
          questions: [...DEFAULT_QUESTIONS],
          answers: {},
          late: true,
          tasks: [],
        }),
      ),
    ).toEqual([]);
  });

  it('the schedule modal', () => {
    expect(viewProblems(scheduleModal({ coalitionId: 1, schedule: DEFAULT_SCHEDULE }))).toEqual([]);
  });
});

describe('the check-in modal with many tasks', () => {
  it('stays under 100 blocks with twelve questions and thirty open tasks', () => {
    const questions: Question[] = Array.from({ length: 12 }, (_, index) => ({
      key: `q${index}`,
      prompt: 'Question',
      hint: null,
      kind: 'short',
      required: false,
      private: false,
    }));
    const tasks = Array.from({ length: 30 }, (_, index) => ({
      id: index + 1,
      teamId: 'T',
      coalitionId: 1,
      number: index + 1,
      title: 't'.repeat(150),
      ownerPersonId: 1,
      organisationId: null,
      dueDate: null,
      notes: null,
      status: 'on_track' as const,
      createdBy: 'U1',
      createdAt: new Date(0),
      updatedAt: new Date(0),
      closedAt: null,
      lastRemindedOn: null,
      milestoneId: null,
    }));
    const cycle = {
      id: 1,
      teamId: 'T',
      coalitionId: 1,
      cycleDate: '2026-11-30',
      questions,
      opensAt: new Date(),
      closesAt: new Date(),
      status: 'open' as const,
      closedAt: null,
    };
    const view = checkinModal({
      ...FORM_EXTRAS,
      cycle,
      coalitionName: 'C',
      questions,
      answers: {},
      late: false,
      tasks,
    });
    expect(viewProblems(view)).toEqual([]);
    expect(JSON.stringify(view.blocks)).toContain('the first 15');
  });
});

describe('the App Home at its fullest', () => {
  it('stays inside 100 blocks with three coalitions of long task lists, blockers and quiet partners', () => {
    const many = <T>(count: number, make: (index: number) => T) =>
      Array.from({ length: count }, (_, index) => make(index));
    const partner = partnerHome(ordinary, 'open');
    const coordinator = coordinatorHome(ordinary);
    const home = homeView({
      coordinating: many(3, (n) => ({
        ...coordinator,
        coalition: { ...coordinator.coalition, id: n + 1 },
        blockers: many(10, (index) => ({ ...coordinator.blockers[0], id: index, text: 'b'.repeat(3000) }) as never),
        quietPartners: many(20, (index) => ({ userId: `U${index}`, name: 'n'.repeat(200) })),
      })),
      // Block ids carry the coalition's and the cycle's ids, which differ between coalitions.
      partnering: many(3, (n) => ({
        ...partner,
        coalition: { ...partner.coalition, id: n + 1 },
        checkin: partner.checkin && { ...partner.checkin, cycleId: n + 1 },
        tasks: many(30, (index) => task(ordinary, 'on_track', index + 1)),
      })),
    });
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    expect(viewProblems(home)).toEqual([]);
  });
});
