import type { Clock } from '../clock.js';
import type { Repositories } from '../db/repositories/index.js';
import type { Coalition } from '../domain/people.js';
import { FINDING_LABELS } from '../domain/privacy/wording.js';
import type { AppLogger } from '../logger.js';
import { recordAudit } from './audit.js';
import type { PrivacyNotifier } from './ports.js';
import type { PrivacyService } from './privacy.js';
import type { RosterService } from './roster.js';

interface Deps {
  repos: Repositories;
  privacy: PrivacyService;
  roster: RosterService;
  notifier: PrivacyNotifier;
  clock: Clock;
  logger: AppLogger;
}

/**
 * Slack lets a bot react only after a message is posted, and it cannot delete other people's messages,
 * so the poster is asked (ephemerally) to edit or delete, and coordinators get a link and the kinds, never the text.
 */
export function createChannelWatch({ repos, privacy, roster, notifier, clock, logger }: Deps) {
  return {
    async inspect(message: {
      teamId: string;
      channelId: string;
      userId: string;
      text: string;
      ts: string;
    }): Promise<boolean> {
      const coalition = repos.coalitions.findByChannelId(message.channelId);
      if (!coalition?.channelWatch || !message.text.trim()) return false;
      const context = { teamId: coalition.teamId, coalition, userId: message.userId, surface: 'channel' };
      const review = privacy.review({ text: message.text }, context);
      const kinds = review.blocked.text ?? [];
      if (kinds.length === 0) return false;
      privacy.record(context, kinds, 'flagged');
      const labels = [...new Set(kinds)].map((kind) => FINDING_LABELS[kind]);
      const coordinators = roster.coordinatorIds(coalition);
      await notifier
        .warnPoster({ channelId: message.channelId, userId: message.userId, kinds: labels })
        .catch((error: unknown) => logger.warn({ err: String(error) }, 'could not warn the poster'));
      await notifier
        .alertCoordinators({
          coordinatorUserIds: coordinators,
          coalitionChannelId: coalition.channelId,
          messageTs: message.ts,
          posterUserId: message.userId,
          kinds: labels,
        })
        .catch((error: unknown) => logger.warn({ err: String(error) }, 'could not alert coordinators'));
      return true;
    },

    setWatch(coalition: Coalition, actorUserId: string, on: boolean): void {
      roster.requireCoordinator(coalition, actorUserId, 'change the channel watch');
      repos.coalitions.setChannelWatch(coalition.id, on);
      recordAudit(
        repos,
        { teamId: coalition.teamId, coalitionId: coalition.id, actorUserId, now: clock.now() },
        'settings.channel_watch',
        {
          before: { on: coalition.channelWatch },
          after: { on },
        },
      );
    },
  };
}

export type ChannelWatch = ReturnType<typeof createChannelWatch>;
