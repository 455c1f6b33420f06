import type { Clock } from '../../clock.js';
import type { AppLogger } from '../../logger.js';
import type { AccessService } from '../../services/access.js';
import type { AuditService } from '../../services/audit.js';
import type { GoalService } from '../../services/celebrations.js';
import type { ChannelWatch } from '../../services/channel-watch.js';
import type { QuestionSetService } from '../../services/checkins/question-set.js';
import type { CheckinService } from '../../services/checkins/responses.js';
import type { ScheduleService } from '../../services/checkins/schedule-settings.js';
import type { CoalitionService } from '../../services/coalitions.js';
import type { DataRightsService } from '../../services/data-rights.js';
import type { DigestService } from '../../services/digests.js';
import type { EventLedger } from '../../services/events.js';
import type { HomeService } from '../../services/home.js';
import type { KudosService } from '../../services/kudos.js';
import type { PrivacyService } from '../../services/privacy.js';
import type { RosterService } from '../../services/roster.js';
import type { TaskService } from '../../services/tasks/task-service.js';

export interface ListenerDeps {
  access: AccessService;
  coalitions: CoalitionService;
  roster: RosterService;
  events: EventLedger;
  checkins: CheckinService;
  schedules: ScheduleService;
  questionSet: QuestionSetService;
  tasks: TaskService;
  privacy: PrivacyService;
  channelWatch: ChannelWatch;
  dataRights: DataRightsService;
  audit: AuditService;
  goals: GoalService;
  kudos: KudosService;
  digests: DigestService;
  home: HomeService;
  clock: Clock;
  logger: AppLogger;
}
