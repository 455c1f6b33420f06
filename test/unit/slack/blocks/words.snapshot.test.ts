import { describe, expect, it } from 'vitest';
import type { Coalition } from '../../../../src/domain/people.js';
import { concernCardView } from '../../../../src/slack/blocks/concern-card.js';
import { helpMessage } from '../../../../src/slack/blocks/help-message.js';
import { partnerGreetingMessage, welcomeMessage } from '../../../../src/slack/blocks/setup-message.js';

/** Help, the concern cards and the setup hello, stored as Block Kit JSON so a wording change shows up in review. */
const coalition: Coalition = {
  id: 7,
  teamId: 'T0SIM',
  channelId: 'C0COALITION',
  name: 'Northside Children’s Safety Coalition',
  timezone: 'Europe/London',
  createdBy: 'U0COORD',
  createdAt: new Date('2026-11-24T10:00:00Z'),
  channelWatch: true,
  nameOverdueOwners: false,
  missingSectorsNotedAt: null,
  concernContact: null,
};
const snapshot = (value: unknown, name: string) =>
  expect(`${JSON.stringify(value, null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/words/${name}.json`);

describe('surfaces as Block Kit JSON', () => {
  it.each([
    ['concern-card-uk', { jurisdiction: 'uk' as const, localContact: '0300 123 4567' }],
    ['concern-card-uk-no-number', { jurisdiction: 'uk' as const, localContact: null }],
    ['concern-card-us', { jurisdiction: 'us' as const, localContact: null }],
  ])('%s', async (name, input) => {
    await snapshot(concernCardView(input), name);
  });

  it('the welcome in the channel and the hello DM', async () => {
    await snapshot(welcomeMessage(coalition, ['U0COORD', 'U0SAM']), 'setup-welcome');
    await snapshot(partnerGreetingMessage(coalition, ['U0COORD']), 'setup-hello-dm');
  });

  it('help for a partner and for a coordinator', async () => {
    await snapshot(helpMessage('partner'), 'help-partner');
    await snapshot(helpMessage('coordinator'), 'help-coordinator');
  });
});

describe('text from people is escaped in the hello messages, notification text included', () => {
  it('cannot ping the channel through a coalition name', () => {
    const sneaky = { ...coalition, name: '<!channel> party <https://evil.example|here>' };
    for (const message of [welcomeMessage(sneaky, ['U0COORD']), partnerGreetingMessage(sneaky, ['U0COORD'])])
      expect(JSON.stringify(message)).not.toMatch(/<!channel>|<https:/);
  });
});
