import type { SectorKey } from './sectors.js';

export const ROLES = ['coordinator', 'partner', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export interface Coalition {
  id: number;
  teamId: string;
  channelId: string;
  name: string;
  timezone: string;
  createdBy: string;
  createdAt: Date;
  channelWatch: boolean;
  nameOverdueOwners: boolean;
  missingSectorsNotedAt: Date | null;
  /** Local children's social care front door (UK) or child protective services (US) number, for the concern card. */
  concernContact: string | null;
}

export interface Organisation {
  id: number;
  teamId: string;
  coalitionId: number;
  name: string;
  sector: SectorKey | null;
  whatTheyBring: string | null;
}

export interface Person {
  id: number;
  teamId: string;
  coalitionId: number;
  slackUserId: string;
  /** The person's own workspace: differs from teamId for Slack Connect partners. */
  homeTeamId: string;
  displayName: string;
  tz: string;
  organisationId: number | null;
  sector: SectorKey | null;
  whatTheyBring: string | null;
  role: Role;
  active: boolean;
  joinedAt: Date;
  leftAt: Date | null;
  inactiveReason: string | null;
}

/** What Slack tells us about a user, reduced to what the roster needs. */
export interface SlackProfile {
  userId: string;
  teamId: string;
  displayName: string;
  tz: string | null;
  isBot: boolean;
  deleted: boolean;
  isRestricted: boolean;
  isUltraRestricted: boolean;
}

/** Bots, deactivated accounts and guests are not partners unless a coordinator adds them by hand. */
export function isRosterable(profile: SlackProfile): boolean {
  return !profile.isBot && !profile.deleted && !profile.isRestricted && !profile.isUltraRestricted;
}

export function canRemoveCoordinator(coordinatorCount: number, target: Person, newRole: Role): boolean {
  return !(target.role === 'coordinator' && newRole !== 'coordinator' && coordinatorCount <= 1);
}
