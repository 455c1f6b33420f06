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
  /** Looks in the DM's history for a prompt or reminder this row already sent (a crash or a lost answer). */
  findSent(userId: string, kind: 'prompt' | 'reminder', deliveryId: number): Promise<SentMessage | undefined>;
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

/** A task DM to one person, sent by the outbox: `rowId` names its row in the message's metadata. */
export interface TaskDmTarget {
  userId: string;
  coalitionChannelId: string;
}

/** Task messages to people; implemented in slack/task-notifier.ts. Sends throw DeliveryFailure. */
export interface TaskNotifier {
  /** Sends the owner's DM about a task (redrawn in place later, so where it went is kept). */
  assigned(target: TaskDmTarget, dm: TaskDm, rowId: number): Promise<SentMessage>;
  /** Redraws the owner's DM about a task to show it as it stands now. */
  redrawOwnerDm(message: { channelId: string; ts: string }, dm: TaskDm): Promise<void>;
  /** Tells the coordinator who assigned a task that its owner is blocked, with their note. */
  blocked(
    target: TaskDmTarget,
    input: { ownerUserId: string; task: TaskSummary; note: string },
    rowId: number,
  ): Promise<SentMessage>;
  declined(
    target: TaskDmTarget,
    input: { ownerUserId: string; task: TaskSummary; reason: string },
    rowId: number,
  ): Promise<SentMessage>;
  dueReminder(
    target: TaskDmTarget,
    input: { today: string; tasks: TaskSummary[] },
    rowId: number,
  ): Promise<SentMessage>;
  /** Looks in the person's DM for the message this row already sent (a crash or a lost answer). */
  findSent(userId: string, rowId: number): Promise<SentMessage | undefined>;
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

/** A message an outbox row already posted, found in Slack by its metadata (`part`: which of a step's messages). */
export interface FoundMessage {
  channelId: string;
  ts: string;
  part: number;
}

/** Where to look for it: a channel's history, a thread, or the bot's DM with a person. */
export type SentPlace = { channelId: string; threadTs?: string } | { userId: string };

/** What kept failing, in the coordinators' report after the last try. */
export type MessagePart = 'digest' | 'private_notes' | 'celebration' | 'task_message';

/** Digest messages; implemented in slack/digest-notifier.ts, which renders the plain data into Block Kit. */
export interface DigestNotifier {
  postSummary(channelId: string, digest: Digest, deliveryId: number): Promise<ChannelMessageRef>;
  postReply(
    summary: ChannelMessageRef,
    reply: Digest['replies'][number],
    deliveryId: number,
  ): Promise<ChannelMessageRef>;
  /** Posts the thread messages for blockers beyond the summary's, except the parts already in Slack. */
  postMoreBlockers(
    summary: ChannelMessageRef,
    blockers: BlockerLine[],
    deliveryId: number,
    postedParts: ReadonlySet<number>,
  ): Promise<void>;
  privateNotes(
    target: { userId: string; coalitionChannelId: string },
    content: { cycleDate: string; notes: Array<{ userId: string; question: string; text: string }> },
    deliveryId: number,
  ): Promise<SentMessage>;
  findSent(
    place: SentPlace,
    kind: 'digest_summary' | 'digest_reply' | 'digest_blockers' | 'private_notes',
    deliveryId: number,
  ): Promise<FoundMessage[]>;
  /** Tells coordinators a message (a part of a digest, a celebration, a task DM) could not be sent after every retry. */
  stepFailed(input: {
    coordinatorUserIds: string[];
    coalitionChannelId: string;
    cycleDate: string | null;
    part: MessagePart;
  }): Promise<void>;
  helpOffered(
    summary: ChannelMessageRef,
    input: { helperUserId: string; authorUserId: string; blockerId: number },
  ): Promise<void>;
}

/** Celebrations in the coalition channel, sent by the outbox; implemented in slack/digest-notifier.ts. */
export interface CelebrationNotifier {
  milestone(
    channelId: string,
    input: {
      ref: string;
      title: string;
      goal: string;
      contributors: Array<{ userId: string; organisation: string | null }>;
    },
    rowId: number,
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
    rowId: number,
  ): Promise<ChannelMessageRef>;
  win(
    channelId: string,
    input: { userId: string; organisation: string | null; text: string },
    rowId: number,
  ): Promise<ChannelMessageRef>;
  /** Adds the app's reaction; one Slack already has (`already_reacted`) counts as added. */
  react(message: { channelId: string; ts: string }, name: string): Promise<void>;
  /** The celebration this row already posted, found in the channel's history by its metadata. */
  findSent(channelId: string, rowId: number): Promise<string | undefined>;
}

/** Says hello when a coalition is set up; implemented in slack/coalition-notifier.ts. */
export interface CoalitionNotifier {
  /** A short welcome in the coalition channel: what the app does, how privacy works, who coordinates. */
  welcome(input: { coalition: Coalition; coordinatorIds: string[] }): Promise<void>;
  /** A DM to one rostered partner, with a button to fill in their profile. */
  greetPartner(input: { coalition: Coalition; userId: string; coordinatorIds: string[] }): Promise<void>;
}
