import type { BlockerLine, Digest } from '../domain/digest.js';
import type { Coalition, SlackProfile } from '../domain/people.js';
import type { TaskStatus } from '../domain/tasks.js';

/** What the services need to know about Slack's people and channels; implemented in slack/directory.ts. */
export interface SlackDirectory {
  channelMembers(channelId: string): Promise<string[]>;
  /** undefined when Slack does not know or will not show the user. */
  userProfile(userId: string): Promise<SlackProfile | undefined>;
  /** Makes sure the bot is in the channel; throws a DomainError when it cannot join by itself (private channels). */
  joinChannel(channelId: string): Promise<void>;
}

export interface PromptContent {
  deliveryId: number;
  cycleId: number;
  coalitionName: string;
  cycleDate: string;
  closesAt: Date;
  tz: string;
  late: boolean;
  /** The partner's open tasks, so the prompt reminds them what they are carrying. */
  tasks: TaskSummary[];
}

export interface SentMessage {
  path: 'dm' | 'channel_ephemeral';
  channelId: string;
  ts: string | null;
}

/** Why a send failed, in the terms the outbox acts on. */
export class DeliveryFailure extends Error {
  constructor(
    readonly kind: 'permanent' | 'transient',
    readonly code: string,
  ) {
    super(`delivery failed: ${code}`);
    this.name = 'DeliveryFailure';
  }
}

/** Sends check-in messages; implemented in slack/checkin-notifier.ts. Throws DeliveryFailure. */
export interface CheckinNotifier {
  sendPrompt(target: { userId: string; coalitionChannelId: string }, content: PromptContent): Promise<SentMessage>;
  sendReminder(
    target: { userId: string; coalitionChannelId: string; path: SentMessage['path'] | null },
    content: PromptContent,
  ): Promise<SentMessage>;
  /** Looks in the DM's recent history for a prompt already sent for this delivery (a crash between send and record). */
  findSentPrompt(userId: string, deliveryId: number): Promise<SentMessage | undefined>;
  markPromptAnswered(
    message: { channelId: string; ts: string },
    content: {
      cycleId: number;
      coalitionName: string;
      cycleDate: string;
      status: 'answered' | 'skipped' | 'away';
      late: boolean;
    },
  ): Promise<void>;
}

export interface TaskSummary {
  id: number;
  ref: string;
  title: string;
  dueDate: string | null;
  status: string;
}

/** The owner's DM about one task, as it stands now: redrawn in place after every change made from it. */
export interface TaskDm {
  task: TaskSummary & { statusKey: TaskStatus; note: string | null };
  /** The owner handed it back ("Can't take this on") and it has not been reassigned yet. */
  handedBack: boolean;
  coalitionName: string;
  assignerUserId: string;
  organisationName: string | null;
  /** The milestone that Done would reach, and so celebrate in the channel: Done then asks to confirm. */
  completesMilestone: { ref: string; title: string } | null;
}

/** Task messages to people; implemented in slack/task-notifier.ts. */
export interface TaskNotifier {
  /** Sends the owner's DM about a task; returns where it went when it is a DM that can be redrawn later. */
  assigned(input: {
    ownerUserId: string;
    coalitionChannelId: string;
    dm: TaskDm;
  }): Promise<{ channelId: string; ts: string } | undefined>;
  /** Redraws the owner's DM about a task to show it as it stands now. */
  redrawOwnerDm(message: { channelId: string; ts: string }, dm: TaskDm): Promise<void>;
  /** Tells the coordinator who assigned a task that its owner is blocked, with their note. */
  blocked(input: {
    coordinatorUserId: string;
    coalitionChannelId: string;
    ownerUserId: string;
    task: TaskSummary;
    note: string;
  }): Promise<void>;
  declined(input: {
    coordinatorUserId: string;
    coalitionChannelId: string;
    ownerUserId: string;
    task: TaskSummary;
    reason: string;
  }): Promise<void>;
  dueReminder(input: {
    userId: string;
    coalitionChannelId: string;
    today: string;
    tasks: TaskSummary[];
  }): Promise<void>;
}

/** Privacy messages: to the person who posted, and privately to coordinators; never with the text itself. */
export interface PrivacyNotifier {
  warnPoster(input: { channelId: string; userId: string; kinds: string[] }): Promise<void>;
  alertCoordinators(input: {
    coordinatorUserIds: string[];
    coalitionChannelId: string;
    messageTs: string;
    posterUserId: string;
    kinds: string[];
  }): Promise<void>;
}

/** Sends a person a file in their DM (their data export); implemented with filesUploadV2. */
export interface FileSender {
  sendToUser(input: {
    userId: string;
    filename: string;
    title: string;
    content: string;
    message: string;
  }): Promise<void>;
}

export interface ChannelMessageRef {
  channelId: string;
  ts: string | null;
}

/** Digest messages; implemented in slack/digest-notifier.ts, which renders the plain data into Block Kit. */
export interface DigestNotifier {
  postSummary(channelId: string, digest: Digest): Promise<ChannelMessageRef>;
  postReply(summary: ChannelMessageRef, reply: Digest['replies'][number]): Promise<void>;
  postMoreBlockers(summary: ChannelMessageRef, blockers: BlockerLine[]): Promise<void>;
  privateNotes(input: {
    coordinatorUserIds: string[];
    coalitionChannelId: string;
    cycleDate: string;
    notes: Array<{ userId: string; question: string; text: string }>;
  }): Promise<void>;
  helpOffered(
    summary: ChannelMessageRef,
    input: { helperUserId: string; authorUserId: string; blockerId: number },
  ): Promise<void>;
}

export interface CelebrationNotifier {
  milestone(
    channelId: string,
    input: {
      ref: string;
      title: string;
      goal: string;
      contributors: Array<{ userId: string; organisation: string | null }>;
    },
  ): Promise<ChannelMessageRef>;
  kudos(
    channelId: string,
    input: {
      fromUserId: string;
      toUserId: string;
      organisation: string | null;
      whatTheyBring: string | null;
      reason: string;
    },
  ): Promise<ChannelMessageRef>;
  win(
    channelId: string,
    input: { userId: string; organisation: string | null; text: string },
  ): Promise<ChannelMessageRef>;
  react(message: ChannelMessageRef, name: string): Promise<void>;
}

/** Says hello when a coalition is set up; implemented in slack/coalition-notifier.ts. */
export interface CoalitionNotifier {
  /** A short welcome in the coalition channel: what the app does, how privacy works, who coordinates. */
  welcome(input: { coalition: Coalition; coordinatorIds: string[] }): Promise<void>;
  /** A DM to one rostered partner, with a button to fill in their profile. */
  greetPartner(input: { coalition: Coalition; userId: string; coordinatorIds: string[] }): Promise<void>;
}
