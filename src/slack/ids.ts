/** Every id Slack echoes back to us lives here, so listeners, views and tests agree on one spelling. */
export const COMMAND = '/coalition' as const;

export const ACTIONS = {
  openProfile: 'profile_open',
} as const;

export const VIEWS = {
  profile: 'profile_modal',
} as const;

export const PROFILE_BLOCKS = {
  organisation: { block: 'profile_organisation', action: 'organisation' },
  sector: { block: 'profile_sector', action: 'sector' },
  brings: { block: 'profile_brings', action: 'brings' },
} as const;

export const EVENTS = {
  memberJoinedChannel: 'member_joined_channel',
  memberLeftChannel: 'member_left_channel',
  userChange: 'user_change',
} as const;
