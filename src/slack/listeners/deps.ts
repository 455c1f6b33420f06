import type { Clock } from '../../clock.js';
import type { AppLogger } from '../../logger.js';
import type { QuestionSetService } from '../../services/checkins/question-set.js';
import type { CheckinService } from '../../services/checkins/responses.js';
import type { ScheduleService } from '../../services/checkins/schedule-settings.js';
import type { CoalitionService } from '../../services/coalitions.js';
import type { EventLedger } from '../../services/events.js';
import type { RosterService } from '../../services/roster.js';
import type { TaskService } from '../../services/tasks/task-service.js';

export interface ListenerDeps {
  coalitions: CoalitionService;
  roster: RosterService;
  events: EventLedger;
  checkins: CheckinService;
  schedules: ScheduleService;
  questionSet: QuestionSetService;
  tasks: TaskService;
  clock: Clock;
  logger: AppLogger;
}
