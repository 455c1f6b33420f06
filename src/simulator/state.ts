import type { SimMessage, SimUpload, SimUser, SimView } from './types.js';

export interface SimChannel {
  id: string;
  name: string;
  members: Set<string>;
  isIm: boolean;
  isMpim: boolean;
  isPrivate: boolean;
  isExtShared: boolean;
  isArchived: boolean;
  created: number;
}

export interface SimTrigger {
  issuedAt: number;
  user: string | undefined;
  used: boolean;
}

/** Everything the simulated workspace knows: people, channels, what was posted, opened and uploaded. */
export function createSimState(options: { teamId: string; botUserId: string; now: () => number }) {
  const users = new Map<string, SimUser>();
  const channels = new Map<string, SimChannel>();
  const dmByUser = new Map<string, string>();
  const messages: SimMessage[] = [];
  const views: SimView[] = [];
  /** Each user's open modal stack (view ids, root first); Slack allows three. */
  const modalStacks = new Map<string, string[]>();
  const homeViewByUser = new Map<string, string>();
  const uploads: SimUpload[] = [];
  const triggers = new Map<string, SimTrigger>();
  let sequence = 0;
  const next = () => {
    sequence += 1;
    return sequence;
  };

  function addConversation(channel: Partial<SimChannel> & { id: string }): SimChannel {
    const full: SimChannel = {
      name: channel.id.toLowerCase(),
      members: new Set(),
      isIm: false,
      isMpim: false,
      isPrivate: false,
      isExtShared: false,
      isArchived: false,
      created: Math.floor(options.now() / 1000),
      ...channel,
    };
    channels.set(full.id, full);
    return full;
  }

  return {
    users,
    channels,
    messages,
    views,
    modalStacks,
    homeViewByUser,
    uploads,
    triggers,
    addConversation,
    /** Slack-shaped message timestamps: seconds from the clock, then a per-simulator sequence so they stay unique. */
    nextTs: () => `${Math.floor(options.now() / 1000)}.${String(next()).padStart(6, '0')}`,
    nextId: (prefix: string) => `${prefix}${String(next()).padStart(8, '0')}`,
    hasDm: (userId: string) => dmByUser.has(userId),
    /** The bot's DM with a user, created on first use like Slack does; the id is stable per user. */
    dmFor(userId: string): string {
      const existing = dmByUser.get(userId);
      if (existing) return existing;
      const id = `D${userId.replace(/^[UW]/, '')}`;
      dmByUser.set(userId, id);
      addConversation({ id, name: id, members: new Set([userId, options.botUserId]), isIm: true, isPrivate: true });
      return id;
    },
    /** True when the user shares at least one channel with the bot (Slack Connect needs this before a DM). */
    sharesChannelWithBot(userId: string): boolean {
      for (const channel of channels.values()) {
        if (!channel.isIm && channel.members.has(userId) && channel.members.has(options.botUserId)) return true;
      }
      return false;
    },
    findMessage(channel: string, ts: string, kinds: SimMessage['kind'][] = ['message']): SimMessage | undefined {
      return messages.find((m) => !m.deleted && kinds.includes(m.kind) && m.channel === channel && m.ts === ts);
    },
    reset(): void {
      messages.length = 0;
      views.length = 0;
      uploads.length = 0;
      modalStacks.clear();
      homeViewByUser.clear();
      triggers.clear();
    },
  };
}

export type SimState = ReturnType<typeof createSimState>;
