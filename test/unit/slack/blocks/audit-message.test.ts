import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../src/db/repositories/audit-log.js';
import { auditLine, auditMessage, PHRASES } from '../../../../src/slack/blocks/audit-message.js';

const SRC = join(import.meta.dirname, '../../../../src');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `'area.action'` literal the services and repositories use: the audit actions the app can record. */
const recordedActions = () =>
  [
    ...new Set(
      [...sources(join(SRC, 'services')), ...sources(join(SRC, 'db'))].flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/'([a-z]+\.[a-z_]+)'/g)].map((match) => match[1] ?? ''),
      ),
    ),
  ].filter((action) => !/\.(js|ts)$/.test(action));

const entry = (patch: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  teamId: 'T1',
  coalitionId: 1,
  actorUserId: 'U0COORD',
  action: 'task.assigned',
  subject: 'T-3',
  before: null,
  after: { owner: 'U0ANNA' },
  at: new Date('2026-12-01T15:30:00Z'),
  ...patch,
});

describe('the audit log in words', () => {
  it('has words for every action the app records', () => {
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((action) => !(action in PHRASES))).toEqual([]);
  });

  it('says who did what to which titled thing, with the time in the reader’s timezone', () => {
    const line = auditLine(entry({}), { 'T-3': 'Draft the <leaflet>' }, 'America/New_York');
    expect(line).toContain('<@U0COORD> assigned *T-3 · Draft the &lt;leaflet&gt;* to <@U0ANNA>');
    expect(line).toMatch(
      /<!date\^1796139000\^\{date_short_pretty\} at \{time\}\|Tue 1 Dec 2026, 10:30 \(America\/New_York\)>/,
    );
  });

  it('never shows a raw code, even for an action nobody has worded yet', () => {
    const lines = [
      auditLine(entry({ action: 'roster.partner_set', subject: 'U0ANNA', after: {} }), {}, 'Europe/London'),
      auditLine(entry({ action: 'role.changed', subject: 'U0ANNA', after: { role: 'coordinator' } }), {}, 'UTC'),
      auditLine(entry({ action: 'future.thing_done', actorUserId: 'system' }), {}, 'UTC'),
    ];
    for (const line of lines) expect(line).not.toMatch(/`?[a-z]+\.[a-z]+_[a-z]+`?/);
    expect(lines[0]).toContain('recorded <@U0ANNA>’s organisation and sector');
    expect(lines[1]).toContain('made <@U0ANNA> a coordinator');
    expect(lines[2]).toContain('Coalition Check-ins did “future thing done”');
    expect(JSON.stringify(auditMessage({ entries: [], titles: {} }, 'UTC').blocks)).toContain('Nothing recorded yet');
  });
});
