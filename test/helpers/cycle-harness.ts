import type { Repositories } from '../../src/db/repositories/index.js';
import type { Coalition, Person } from '../../src/domain/people.js';
import * as detector from '../../src/domain/privacy/index.js';
import type { Schedule } from '../../src/domain/schedule.js';
import { createLogger } from '../../src/logger.js';
import { createDispatcher } from '../../src/services/checkins/dispatcher.js';
import { createCheckinHeartbeat } from '../../src/services/checkins/heartbeat.js';
import { createCyclePlanner } from '../../src/services/checkins/planner.js';
import { createCheckinService } from '../../src/services/checkins/responses.js';
import { createScheduleService } from '../../src/services/checkins/schedule-settings.js';
import { createDigestBuilder } from '../../src/services/digest-builder.js';
import type { CheckinNotifier, PromptContent } from '../../src/services/ports.js';
import { createPrivacyService } from '../../src/services/privacy.js';
import { createRosterService } from '../../src/services/roster.js';
import type { TaskService } from '../../src/services/tasks/task-service.js';
import { createFakeDirectory } from '../fakes/fake-directory.js';
import { createTestClock } from './test-clock.js';
import { createTestDb } from './test-db.js';

export interface SentDm {
  kind: 'prompt' | 'reminder';
  userId: string;
  cycleId: number;
  deliveryId: number;
  at: Date;
}

/** Records what would reach Slack, in order, with the clock's time. */
function recordingNotifier(now: () => Date, sent: SentDm[]): CheckinNotifier {
  let ts = 0;
  const record = (kind: SentDm['kind'], userId: string, content: PromptContent) => {
    sent.push({ kind, userId, cycleId: content.cycleId, deliveryId: content.deliveryId, at: now() });
    ts += 1;
    return { path: 'dm' as const, channelId: `D${userId}`, ts: `${ts}.000100` };
  };
  return {
    sendPrompt: async (target, content) => record('prompt', target.userId, content),
    sendReminder: async (target, content) => record('reminder', target.userId, content),
    findSent: async () => undefined,
    markPromptAnswered: async () => {},
  };
}

// The check-in form lists the partner's open tasks; these partners have none, and change none.
const NO_TASKS = {
  openTasksOf: () => [],
  changeStatus: () => ({ followUp: async () => {} }),
} as unknown as TaskService;

/**
 * The real planner, outbox dispatcher, schedule and check-in services on an in-memory database, with Slack
 * replaced by a recorder: fast enough to beat every minute for weeks inside a property test.
 */
export function createCycleHarness(
  start: Date,
  database: { repos: Repositories; close(): void } = (() => {
    const { handle, repos } = createTestDb();
    return { repos, close: () => handle.close() };
  })(),
) {
  const { repos } = database;
  const clock = createTestClock(start);
  const logger = createLogger('silent');
  const sent: SentDm[] = [];
  const privacy = createPrivacyService({ repos, clock, jurisdiction: 'uk', scanner: detector });
  const roster = createRosterService({ repos, directory: createFakeDirectory().directory, privacy, clock });
  const planner = createCyclePlanner({ repos });
  const closed: number[] = [];
  const dispatcher = createDispatcher({
    repos,
    notifier: recordingNotifier(clock.now, sent),
    logger,
    onCycleClosed: async (cycleId) => {
      closed.push(cycleId);
    },
    onPromptSent: planner.afterPromptSent,
  });
  const tick = createCheckinHeartbeat({
    planner,
    dispatcher,
    taskReminders: { sendDue: async () => 0 },
    logger,
  });
  const schedules = createScheduleService({ repos, roster, clock });
  const checkins = createCheckinService({
    repos,
    notifier: recordingNotifier(clock.now, []),
    tasks: NO_TASKS,
    privacy,
    clock,
  });
  const digests = createDigestBuilder({ repos, roster });
  const { coalition } = repos.coalitions.create({
    teamId: 'T1',
    channelId: 'C1',
    name: 'Harness Coalition',
    timezone: 'Europe/London',
    createdBy: 'U0COORD',
    createdAt: start,
  });

  function addPerson(userId: string, tz: string, joinedAt: Date, role: Person['role'] = 'partner'): Person {
    return repos.people.insert({
      teamId: 'T1',
      coalitionId: coalition.id,
      slackUserId: userId,
      homeTeamId: 'T1',
      displayName: userId,
      tz,
      role,
      active: true,
      joinedAt,
    });
  }

  return {
    repos,
    clock,
    sent,
    closed,
    coalition: coalition as Coalition,
    addPerson,
    schedules,
    checkins,
    digests,
    /** One heartbeat at `at`, with the clock there too. */
    async beat(at: Date) {
      clock.set(at);
      return tick(at);
    },
    setSchedule(coordinatorId: string, changes: Partial<Schedule>) {
      return schedules.set(repos.coalitions.findById(coalition.id) as Coalition, coordinatorId, changes);
    },
    close: () => database.close(),
  };
}

export type CycleHarness = ReturnType<typeof createCycleHarness>;
