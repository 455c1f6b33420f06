import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/client.js';
import { createRepositories } from '../../../src/db/repositories/index.js';
import { createLogger } from '../../../src/logger.js';
import { createDispatcher } from '../../../src/services/checkins/dispatcher.js';
import { createCyclePlanner } from '../../../src/services/checkins/planner.js';
import type { CheckinNotifier } from '../../../src/services/ports.js';
import { createCycleHarness } from '../../helpers/cycle-harness.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

it('records a prompt as sent and plans its reminder in one transaction, so a crash between them is impossible', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'coalition-prompt-reminders-'));
  const path = join(folder, 'coalition.db');
  const handle = openDatabase(path);
  handle.migrate();
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  cleanups.push(() => handle.close());
  const repos = createRepositories(handle.db);
  const h = createCycleHarness(new Date('2026-11-23T10:00:00Z'), { repos, close: () => undefined });
  h.addPerson('U0COORD', 'Europe/London', new Date('2026-11-23T10:00:00Z'), 'coordinator');
  h.setSchedule('U0COORD', {});
  const planner = createCyclePlanner({ repos });
  const promptAt = new Date('2026-11-30T09:00:00Z');
  planner.planDue(promptAt);

  // What another process sees while the send is being recorded: what a crash at that instant would leave.
  const seenFromOutside: Array<{ status: string; reminders: number }> = [];
  const outside = () => {
    const reader = new Database(path, { readonly: true });
    try {
      const prompt = reader.prepare("SELECT status FROM deliveries WHERE kind = 'prompt'").get() as { status: string };
      const reminders = reader.prepare("SELECT count(*) AS n FROM deliveries WHERE kind = 'reminder'").get() as {
        n: number;
      };
      return { status: prompt.status, reminders: reminders.n };
    } finally {
      reader.close();
    }
  };
  const notifier: CheckinNotifier = {
    sendPrompt: async () => ({ path: 'dm', channelId: 'D1', ts: '1.000100' }),
    sendReminder: async () => ({ path: 'dm', channelId: 'D1', ts: '2.000100' }),
    findSent: async () => undefined,
    markPromptAnswered: async () => undefined,
  };
  const dispatcher = createDispatcher({
    repos,
    notifier,
    logger: createLogger('silent'),
    onPromptSent: (prompt, sentAt) => {
      seenFromOutside.push(outside());
      planner.afterPromptSent(prompt, sentAt);
      seenFromOutside.push(outside());
    },
  });
  await dispatcher.dispatchDue(promptAt);

  // Inside the recording, the outside still sees the prompt unsent (a restart would look for it in Slack and
  // then plan its reminder); once it commits, the prompt is sent and its reminder planned, together.
  expect(seenFromOutside).toEqual([
    { status: 'sending', reminders: 0 },
    { status: 'sending', reminders: 0 },
  ]);
  expect(outside()).toEqual({ status: 'sent', reminders: 1 });
});
