import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Repositories } from '../db/repositories/index.js';
import type { AppLogger } from '../logger.js';
import { createAccessService } from './access.js';
import { createAuditService } from './audit.js';
import { createGoalService } from './celebrations.js';
import { createChannelWatch } from './channel-watch.js';
import { createDispatcher } from './checkins/dispatcher.js';
import { createCheckinHeartbeat } from './checkins/heartbeat.js';
import { createCyclePlanner } from './checkins/planner.js';
import { createQuestionSetService } from './checkins/question-set.js';
import { createCheckinService } from './checkins/responses.js';
import { createScheduleService } from './checkins/schedule-settings.js';
import { createCoalitionService } from './coalitions.js';
import { createDataRightsService } from './data-rights.js';
import { createDigestJob } from './digest-job.js';
import { createDigestService } from './digests.js';
import { createEventLedger } from './events.js';
import { createHomeService } from './home.js';
import { createInsightsService } from './insights.js';
import type { InsightFiles } from './insights-ports.js';
import { createKudosService } from './kudos.js';
import { createMessageOutbox } from './message-outbox.js';
import type {
  CelebrationNotifier,
  CheckinNotifier,
  CoalitionNotifier,
  DigestNotifier,
  FileSender,
  PrivacyNotifier,
  SlackDirectory,
  TaskNotifier,
} from './ports.js';
import { createPrivacyService } from './privacy.js';
import type { PrivacyScanner } from './privacy-scanner.js';
import { hasPrivateNote } from './private-notes.js';
import { createReportService } from './report.js';
import { createRetentionService } from './retention.js';
import { createRosterService } from './roster.js';
import type { DueDateParser } from './tasks/due-date-parser.js';
import { createTaskReminders } from './tasks/due-reminders.js';
import { createTaskService } from './tasks/task-service.js';
import { createUpcomingEvents } from './upcoming-events.js';

/** Everything the services need from outside: storage, time, logs, settings, and the Slack-side ports. */
export interface ServiceDeps {
  repos: Repositories;
  clock: Clock;
  logger: AppLogger;
  config: Pick<Config, 'defaultTimezone' | 'jurisdiction' | 'retention'>;
  /** The detector; the app passes one that loads after start, with its drivers waiting for it. */
  privacyScanner: PrivacyScanner;
  /** Task due dates in words ("next friday"); loaded after start too. */
  dueDates: DueDateParser;
  ports: {
    directory: SlackDirectory;
    checkins: CheckinNotifier;
    tasks: TaskNotifier;
    privacy: PrivacyNotifier;
    files: FileSender;
    digests: DigestNotifier;
    celebrations: CelebrationNotifier;
    coalitions: CoalitionNotifier;
    insightFiles: InsightFiles;
  };
}

/** Builds every use case with its dependencies passed in; the order follows who needs whom. */
export function createServices({ repos, clock, logger, config, privacyScanner, dueDates, ports }: ServiceDeps) {
  const events = createEventLedger({ repos, clock });
  const privacy = createPrivacyService({ repos, clock, jurisdiction: config.jurisdiction, scanner: privacyScanner });
  const roster = createRosterService({ repos, directory: ports.directory, privacy, clock });
  const coalitions = createCoalitionService({
    repos,
    directory: ports.directory,
    notifier: ports.coalitions,
    roster,
    privacy,
    clock,
    logger,
    defaultTimezone: config.defaultTimezone,
  });
  const outbox = createMessageOutbox({
    repos,
    roster,
    celebrations: ports.celebrations,
    tasks: ports.tasks,
    problems: ports.digests,
    logger,
  });
  const goals = createGoalService({ repos, roster, privacy, outbox, clock });
  const kudos = createKudosService({ repos, roster, privacy, outbox, clock });
  const insights = createInsightsService({ repos, roster, files: ports.insightFiles, clock, logger });
  const planner = createCyclePlanner({ repos });
  const digestJob = createDigestJob({ repos, roster, notifier: ports.digests });
  const dispatcher = createDispatcher({
    repos,
    notifier: ports.checkins,
    logger,
    digestJob,
    onCycleClosed: (cycleId) => insights.afterDigest(cycleId),
    onPromptSent: planner.afterPromptSent,
    messages: outbox,
  });
  const digests = createDigestService({
    repos,
    roster,
    job: digestJob,
    sendNow: dispatcher.dispatchCycle,
    notifier: ports.digests,
    clock,
  });
  const tasks = createTaskService({
    repos,
    dueDates,
    roster,
    privacy,
    milestones: goals,
    notifier: ports.tasks,
    outbox,
    clock,
    logger,
  });
  const checkins = createCheckinService({
    repos,
    notifier: ports.checkins,
    tasks,
    privacy,
    clock,
    onAnswered: async ({ coalition, person, cycle, responseId, late, shareWin }) => {
      if (hasPrivateNote(cycle, repos.responses.findById(responseId)?.answers))
        digestJob.planPrivateNotes(cycle.id, clock.now());
      if (late) await digests.lateAnswer(cycle.id, person.id);
      const win = repos.responses.findById(responseId)?.answers?.win;
      if (shareWin && typeof win === 'string' && win.trim()) {
        await kudos.shareWin({ coalition, responseId, personId: person.id, text: win });
      }
    },
  });
  const tick = createCheckinHeartbeat({
    planner,
    dispatcher,
    taskReminders: createTaskReminders({ repos, outbox }),
    logger,
  });
  return {
    access: createAccessService({ repos, clock }),
    events,
    privacy,
    roster,
    coalitions,
    goals,
    kudos,
    digests,
    tasks,
    checkins,
    tick,
    schedules: createScheduleService({ repos, roster, clock }),
    questionSet: createQuestionSetService({ repos, roster, privacy, clock }),
    channelWatch: createChannelWatch({ repos, privacy, roster, notifier: ports.privacy, clock, logger }),
    dataRights: createDataRightsService({ repos, roster, files: ports.files, clock }),
    retention: createRetentionService({ repos, clock, policy: config.retention }),
    audit: createAuditService({ repos }),
    home: createHomeService({ repos, clock, roster, privacy }),
    insights,
    report: createReportService({ repos, roster, privacy, files: ports.insightFiles, clock }),
    upcoming: createUpcomingEvents({ repos }),
  };
}

export type Services = ReturnType<typeof createServices>;
