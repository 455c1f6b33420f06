import type { AppLogger } from '../../logger.js';
import type { CoalitionService } from '../../services/coalitions.js';
import type { EventLedger } from '../../services/events.js';
import type { RosterService } from '../../services/roster.js';

export interface ListenerDeps {
  coalitions: CoalitionService;
  roster: RosterService;
  events: EventLedger;
  logger: AppLogger;
}
