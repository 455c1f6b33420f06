import { describe, expect, it } from 'vitest';
import { viewProblems } from '../../../../src/simulator/limits.js';
import { concernCardLines, concernCardView } from '../../../../src/slack/blocks/concern-card.js';

const text = (input: Parameters<typeof concernCardView>[0]) => JSON.stringify(concernCardView(input));

describe('the concern card by jurisdiction', () => {
  it('UK: safeguarding lead, else the social care front door, the NSPCC helpline, and 999', () => {
    const card = text({ jurisdiction: 'uk', localContact: null });
    expect(card).toContain('designated safeguarding lead');
    expect(card).toMatch(/children’s social care front door/);
    expect(card).toContain('NSPCC helpline: 0808 800 5000');
    expect(card).toContain('call *999*');
    expect(card).toContain('Raising a concern through the right route is always the right thing to do');
    expect(card).not.toMatch(/organization|911|Childhelp/);
  });

  it('UK: gives the local front door number a coordinator set, escaped', () => {
    expect(text({ jurisdiction: 'uk', localContact: '0300 123 4567' })).toContain('front door: *0300 123 4567*');
    expect(concernCardLines({ jurisdiction: 'uk', localContact: '<!channel>' }).join()).toContain('&lt;!channel&gt;');
  });

  it('US: designated reporter or supervisor, the mandated reporter’s duty, the national Childhelp line, and 911', () => {
    const card = text({ jurisdiction: 'us', localContact: null });
    expect(card).toContain('organization’s *designated reporter* or your supervisor');
    expect(card).toMatch(
      /\*mandated reporter\*, you must report .* child protective services or law enforcement, as your state’s law requires/,
    );
    expect(card).toContain('Childhelp National Child Abuse Hotline, 1-800-422-4453');
    expect(card).toMatch(/is a national line/);
    expect(card).not.toMatch(/state(’s)? (child abuse )?hotline/i);
    expect(card).toContain('call *911*');
    expect(card).not.toMatch(/organisation|safeguarding lead|999|NSPCC/);
    expect(text({ jurisdiction: 'us', localContact: '(555) 010-2000' })).toContain(
      'Your local child protective services: *(555) 010-2000*',
    );
  });

  it('stays inside Slack’s limits', () => {
    for (const jurisdiction of ['uk', 'us'] as const) {
      const view = concernCardView({ jurisdiction, localContact: '0300 123 4567' });
      expect(viewProblems(view)).toEqual([]);
    }
  });
});
