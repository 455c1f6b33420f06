import type { SimMessage, SimUpload, SimUser, SimView } from './types.js';

export interface SimChannel {
  id: string;
  name: string;
  members: Set<string>;
  isIm: boolean;
  isPrivate: boolean;
  isExtShared: boolean;
}

/** Everything the simulated workspace knows: people, channels, what was posted, opened and uploaded. */
export function createSimState(options: { teamId: string; botUserId: string; now: () => number }) {
  const users = new Map<string, SimUser>();
  const channels = new Map<string, SimChannel>();
  const dmByUser = new Map<string, string>();
  const messages: SimMessage[] = [];
  const views: SimView[] = [];
  const uploads: SimUpload[] = [];
  const triggers = new Map<string, { issuedAt: number; used: boolean }>();
  let sequence = 0;

  const nextTs = () => {
    sequence += 1;
    return `${Math.floor(options.now() / 1000)}.${String(sequence).padStart(6, '0')}`;
  };

  return {
    users,
    channels,
    messages,
    views,
    uploads,
    triggers,
    nextTs,
    nextId: (prefix: string) => {
      sequence += 1;
      return `${prefix}${String(sequence).padStart(8, '0')}`;
    },
    /** The DM channel between the bot and a user, created on first use like Slack does. */
    dmFor(userId: string): string {
      const existing = dmByUser.get(userId);
      if (existing) return existing;
      const id = `D${userId.replace(/^[UW]/, '')}`;
      dmByUser.set(userId, id);
      channels.set(id, {
        id,
        name: id,
        members: new Set([userId, options.botUserId]),
        isIm: true,
        isPrivate: true,
        isExtShared: false,
      });
      return id;
    },
    channelFor(idOrUser: string): SimChannel | undefined {
      if (/^[UW]/.test(idOrUser) && users.has(idOrUser)) return channels.get(this.dmFor(idOrUser));
      return channels.get(idOrUser);
    },
    reset(): void {
      messages.length = 0;
      views.length = 0;
      uploads.length = 0;
      triggers.clear();
    },
  };
}

export type SimState = ReturnType<typeof createSimState>;
