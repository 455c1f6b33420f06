import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COALITION_CHANNEL, dmOwners, isHello, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

/** Setup's welcome and hello DMs are not what these tests count. */
const notHello = (message: { metadata?: unknown }) => !isHello(message);

let world: TestWorld;

async function command(userId: string, text: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text });
  await world.settle();
  return world.sim.messages({ kind: 'response_url' }).at(-1);
}

function dmsTo(userId: string) {
  const owners = dmOwners(world.sim);
  return world.sim
    .messages({ kind: 'message' })
    .filter(notHello)
    .filter((message) => owners.get(message.channel) === userId);
}

function coalitionId(): number {
  return world.app.repos.coalitions.findByChannelId(COALITION_CHANNEL)?.id ?? 0;
}

function task(number: number) {
  return world.app.repos.tasks.findByNumber(coalitionId(), number);
}

function auditActions(): string[] {
  return world.app.repos.auditLog.recent(world.sim.teamId, coalitionId(), 500).map((entry) => entry.action);
}

async function click(
  userId: string,
  message: { channel: string; ts: string } | undefined,
  actionId: string,
  value: string,
) {
  await world.driver.blockAction({
    userId,
    actions: [{ action_id: actionId, value }],
    channelId: message?.channel,
    messageTs: message?.ts,
  });
  await world.settle();
}

/** G-1 with milestone M-1 (target 1) whose one linked task, T-1, is Sam's: Done on it reaches the milestone. */
async function milestoneWithOneTask() {
  await command('U0COORD', 'goal add "Every school has a named safeguarding lead"');
  await command('U0COORD', 'milestone add G-1 "Posters up" target:1');
  await command('U0COORD', 'assign <@U0SAM> Put up the posters milestone:M-1');
}

beforeEach(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0SAM', tz: 'America/New_York' },
    { id: 'U0PAT', tz: 'Europe/London' },
  ]);
});
afterEach(async () => {
  await world.close();
});

describe('assigning and updating tasks', () => {
  it('assigns by command, DMs the owner with buttons, and Start then Done keep a history and audit trail', async () => {
    const reply = await command('U0COORD', 'assign <@U0SAM|sam> Draft the referral pathway leaflet due:2026-12-05');
    expect(reply?.text).toMatch(
      /Assigned \*T-1 · Draft the referral pathway leaflet\* to <@U0SAM>, due <!date\^\d+\^\{date_short_pretty\}\|Sat 5 Dec 2026>/,
    );
    const dm = dmsTo('U0SAM').at(-1);
    const dmText = JSON.stringify(dm?.blocks);
    expect(dmText).toContain('<@U0COORD> has asked you to take on');
    for (const label of ['Start', 'Blocked', 'Can’t take this on']) expect(dmText).toContain(label);
    expect(dmText).not.toContain('"Done"');
    const id = String(task(1)?.id);

    await click('U0SAM', dm, 'task_start', id);
    expect(task(1)?.status).toBe('on_track');
    // The same DM now shows where the task stands, with the next steps only; no extra messages.
    const started = dmsTo('U0SAM');
    expect(started).toHaveLength(1);
    const startedText = JSON.stringify(started[0]?.blocks);
    expect(startedText).toContain('Status: On track');
    expect(startedText).toContain('"Done"');
    expect(startedText).not.toContain('"Start"');
    await click('U0SAM', dm, 'task_done', id);
    expect(task(1)).toMatchObject({ status: 'done', closedAt: expect.any(Date) });
    const done = dmsTo('U0SAM');
    expect(done).toHaveLength(1);
    expect(JSON.stringify(done[0]?.blocks)).toContain('Status: Done.* Thank you!');
    expect(JSON.stringify(done[0]?.blocks)).not.toContain('"type":"actions"');

    const history = world.app.repos.tasks.history(task(1)?.id ?? 0);
    expect(history.map((event) => [event.kind, event.toStatus, event.actorUserId])).toEqual([
      ['created', 'not_started', 'U0COORD'],
      ['status', 'on_track', 'U0SAM'],
      ['status', 'done', 'U0SAM'],
    ]);
    expect(auditActions().filter((action) => action.startsWith('task.'))).toEqual([
      'task.status_changed',
      'task.status_changed',
      'task.assigned',
    ]);
    const detail = await command('U0PAT', 'task T-1');
    expect(JSON.stringify(detail?.blocks)).toMatch(/History/);
  });

  it('refuses a partner who tries to assign, and nothing changes', async () => {
    const reply = await command('U0SAM', 'assign <@U0PAT> Book the hall due:friday');
    expect(reply?.text).toMatch(/Only coordinators can assign tasks/);
    expect(reply?.text).toContain('<@U0COORD>');
    expect(world.app.repos.tasks.listByCoalition(coalitionId())).toEqual([]);
    expect(auditActions().some((action) => action.startsWith('task.'))).toBe(false);
  });

  it('refuses a partner who tries to close someone else’s task, and nothing changes', async () => {
    await command('U0COORD', 'assign <@U0SAM> Book the hall due:friday');
    const before = world.app.repos.tasks.history(task(1)?.id ?? 0).length;
    const reply = await command('U0PAT', 'done T-1');
    expect(reply?.text).toMatch(/Only the task’s owner \(<@U0SAM>\) or a coordinator can update T-1 · Book the hall/);
    expect(task(1)?.status).toBe('not_started');
    expect(world.app.repos.tasks.history(task(1)?.id ?? 0)).toHaveLength(before);
  });

  it('asks for a note before marking a task blocked, and records it', async () => {
    await command('U0COORD', 'assign <@U0SAM> Book the hall due:friday');
    await click('U0SAM', dmsTo('U0SAM').at(-1), 'task_blocked', String(task(1)?.id));
    const form = world.sim.views().at(-1)?.view;
    expect(form?.callback_id).toBe('task_note_modal');
    const empty = await world.driver.viewSubmission({
      userId: 'U0SAM',
      view: form as never,
      values: { task_note: { note: { type: 'plain_text_input', value: ' ' } } },
    });
    expect(empty.body).toMatchObject({
      response_action: 'errors',
      errors: { task_note: expect.stringMatching(/why it is blocked/) },
    });
    await world.driver.viewSubmission({
      userId: 'U0SAM',
      view: form as never,
      values: { task_note: { note: { type: 'plain_text_input', value: 'The hall is closed for repairs' } } },
    });
    await world.settle();
    expect(task(1)?.status).toBe('blocked');
    expect(world.app.repos.tasks.history(task(1)?.id ?? 0).at(-1)).toMatchObject({
      toStatus: 'blocked',
      note: 'The hall is closed for repairs',
    });
    // The owner's DM says so in place, and the coordinator who assigned it is told, with the note.
    const ownerDm = JSON.stringify(dmsTo('U0SAM').at(-1)?.blocks);
    expect(ownerDm).toContain('Status: Blocked');
    expect(ownerDm).toContain('The hall is closed for repairs');
    expect(ownerDm).toContain('Back on track');
    expect(JSON.stringify(dmsTo('U0COORD').at(-1)?.blocks)).toMatch(
      /<@U0SAM> is blocked on \*T-1 · Book the hall\*: “The hall is closed for repairs”/,
    );
  });

  it('redraws the owner’s DM when the task changes anywhere else', async () => {
    await command('U0COORD', 'assign <@U0SAM> Book the hall due:friday');
    await command('U0SAM', 'done T-1');
    const dms = dmsTo('U0SAM');
    expect(dms).toHaveLength(1);
    expect(JSON.stringify(dms[0]?.blocks)).toContain('Status: Done.* Thank you!');
    expect(JSON.stringify(dms[0]?.blocks)).not.toContain('"type":"actions"');
  });

  it('opens the milestone form only when there is a goal to hang it on, and only for a coordinator', async () => {
    const firstAnswer = await command('U0COORD', 'milestone add');
    expect(firstAnswer?.text).toContain('Add a goal first');
    expect(world.sim.views()).toHaveLength(0);
    await command('U0COORD', 'goal add "Every school has a named safeguarding lead"');
    expect((await command('U0SAM', 'milestone add'))?.text).toContain('coordinator');
    expect(world.sim.views()).toHaveLength(0);
    await command('U0COORD', 'milestone add');
    expect(JSON.stringify(world.sim.views().at(-1)?.view)).toContain('Every school has a named safeguarding lead');
    const added = await command('U0COORD', 'milestone add G-1 "Posters up" target:3');
    expect(added?.text).toContain('Added *M-1 · Posters up* (target 3)');
    expect((await command('U0COORD', 'milestone progress M-1 2'))?.text).toBe('*M-1 · Posters up* is at 2 of 3.');
  });

  it('asks to confirm a Done that completes a milestone, since it celebrates in the channel', async () => {
    await milestoneWithOneTask();
    const dm = dmsTo('U0SAM').at(-1);
    const id = String(task(1)?.id);
    await click('U0SAM', dm, 'task_start', id);
    const blocks = (dmsTo('U0SAM').at(-1)?.blocks ?? []) as Array<{ type: string; elements?: unknown[] }>;
    const done = blocks
      .flatMap((block) => (block.type === 'actions' ? (block.elements as Array<Record<string, unknown>>) : []))
      .find((element) => element.action_id === 'task_done');
    expect(done).toMatchObject({ value: `${id}:confirmed`, confirm: { title: { text: 'Complete the milestone?' } } });
    // A Done without the confirm (a DM drawn before this was the last task) asks again rather than celebrating.
    await click('U0SAM', dm, 'task_done', id);
    expect(task(1)?.status).toBe('on_track');
    await click('U0SAM', dm, 'task_done', `${id}:confirmed`);
    expect(task(1)?.status).toBe('done');
    expect(JSON.stringify(world.sim.messages({ channel: COALITION_CHANNEL }))).toContain('Milestone reached');
  });

  it('asks once more when Done is picked from a list’s menu for a milestone’s last task, which a menu cannot confirm', async () => {
    await milestoneWithOneTask();
    const id = String(task(1)?.id);
    await world.driver.blockAction({
      userId: 'U0SAM',
      actions: [{ action_id: 'task_status_menu', type: 'overflow', selected_option: { value: `${id}:done` } }] as never,
      channelId: COALITION_CHANNEL,
    });
    await world.settle();
    const question = world.sim.messages({ kind: 'response_url' }).at(-1);
    expect(question?.text).toContain('is the last task for *M-1 · Posters up*');
    expect(task(1)?.status).toBe('not_started');
    expect(JSON.stringify(world.sim.messages({ channel: COALITION_CHANNEL }))).not.toContain('Milestone reached');
    await click('U0SAM', undefined, 'task_done', `${id}:confirmed`);
    expect(task(1)?.status).toBe('done');
    expect(JSON.stringify(world.sim.messages({ channel: COALITION_CHANNEL }))).toContain('Milestone reached');
  });

  it('does not ask someone who may not change the task: they are told why instead', async () => {
    await milestoneWithOneTask();
    await world.driver.blockAction({
      userId: 'U0PAT',
      actions: [
        { action_id: 'task_status_menu', type: 'overflow', selected_option: { value: `${task(1)?.id}:done` } },
      ] as never,
      channelId: COALITION_CHANNEL,
    });
    await world.settle();
    const answer = world.sim.messages({ kind: 'response_url' }).at(-1);
    expect(answer?.text).not.toContain('is the last task');
    expect(answer?.text).toMatch(/owner|coordinator/);
    expect(task(1)?.status).toBe('not_started');
  });

  it('lets an owner hand a task back with a reason, telling the coordinator', async () => {
    await command('U0COORD', 'assign <@U0SAM> Book the hall due:friday');
    await click('U0SAM', dmsTo('U0SAM').at(-1), 'task_decline', String(task(1)?.id));
    const form = world.sim.views().at(-1)?.view;
    await world.driver.viewSubmission({
      userId: 'U0SAM',
      view: form as never,
      values: { task_note: { note: { type: 'plain_text_input', value: 'Away on training that week' } } },
    });
    await world.settle();
    expect(JSON.stringify(dmsTo('U0COORD').at(-1)?.blocks)).toMatch(
      /<@U0SAM> can’t take on \*T-1 · Book the hall\*: “Away on training that week”/,
    );
    expect(world.app.repos.tasks.history(task(1)?.id ?? 0).at(-1)).toMatchObject({ kind: 'declined' });
    expect(JSON.stringify(dmsTo('U0SAM').at(-1)?.blocks)).toContain('You handed this back');
    await command('U0COORD', 'reassign T-1 <@U0PAT>');
    expect(task(1)?.ownerPersonId).toBe(world.app.repos.people.find(coalitionId(), 'U0PAT')?.id);
    expect(JSON.stringify(dmsTo('U0PAT').at(-1)?.blocks)).toContain('T-1 · Book the hall');
  });

  it('answers an unclear or past due date with examples, and creates nothing', async () => {
    for (const due of ['whenever', '2026-01-01']) {
      const reply = await command('U0COORD', `assign <@U0SAM> Book the hall due:${due}`);
      expect(reply?.text).toMatch(/due:2026-12-05|due:next friday/);
    }
    expect(world.app.repos.tasks.listByCoalition(coalitionId())).toEqual([]);
  });

  it('assigns from the form', async () => {
    await command('U0COORD', 'assign');
    const form = world.sim.views().at(-1)?.view;
    expect(form?.callback_id).toBe('task_assign_modal');
    const values = {
      assign_title: { value: { type: 'plain_text_input', value: 'Run the parents’ evening stall' } },
      assign_owner: { value: { type: 'users_select', selected_user: 'U0PAT' } },
      assign_organisation: { value: { type: 'plain_text_input', value: 'Northside Parents Forum' } },
      assign_due: { value: { type: 'datepicker', selected_date: '2026-12-10' } },
      assign_notes: { value: { type: 'plain_text_input', value: null } },
    };
    const result = await world.driver.viewSubmission({ userId: 'U0COORD', view: form as never, values });
    expect(result.body).toBeNull();
    await world.settle();
    expect(task(1)).toMatchObject({ title: 'Run the parents’ evening stall', dueDate: '2026-12-10' });
    expect(dmsTo('U0PAT')).toHaveLength(1);
  });
});

describe('listing tasks', () => {
  it('lists mine, all, overdue, someone’s and a sector’s, each ephemeral with an update menu', async () => {
    await command('U0COORD', 'partner <@U0SAM> org:"Northside Health" sector:health');
    await command('U0COORD', 'assign <@U0SAM> Health leaflet due:2026-11-26');
    await command('U0COORD', 'assign <@U0PAT> School assembly due:2026-12-10');
    world.clock.set('2026-11-28T10:00:00Z');
    const cases: Array<[string, string, string[]]> = [
      ['U0SAM', 'tasks', ['T-1']],
      ['U0SAM', 'tasks all', ['T-1', 'T-2']],
      ['U0PAT', 'tasks overdue', ['T-1']],
      ['U0PAT', 'tasks <@U0PAT>', ['T-2']],
      ['U0PAT', 'tasks sector:health', ['T-1']],
    ];
    for (const [user, text, refs] of cases) {
      const reply = await command(user, text);
      const blocks = JSON.stringify(reply?.blocks);
      expect(reply?.response_type).toBe('ephemeral');
      for (const ref of ['T-1', 'T-2']) expect(blocks.includes(`*${ref}*`), `${text} ${ref}`).toBe(refs.includes(ref));
    }
    expect(JSON.stringify((await command('U0SAM', 'tasks'))?.blocks)).toContain('task_status_menu');
  });
});

describe('in the check-in', () => {
  it('lists the partner’s open tasks in the prompt and lets them update one from the form', async () => {
    await command('U0COORD', 'assign <@U0PAT> School assembly due:2026-12-10');
    world.clock.set('2026-11-30T09:00:00Z');
    await world.app.tick(new Date('2026-11-30T09:00:00Z'));
    const prompt = dmsTo('U0PAT').find(
      (message) => (message.metadata as { event_type?: string } | undefined)?.event_type === 'checkin_prompt',
    );
    expect(JSON.stringify(prompt?.blocks)).toContain('T-1');
    await world.driver.command({ userId: 'U0PAT', channelId: COALITION_CHANNEL, text: 'checkin' });
    await world.settle();
    const form = world.sim.views().at(-1)?.view;
    const taskId = task(1)?.id;
    const formText = JSON.stringify(form?.blocks);
    expect(formText).toContain(`"block_id":"task_${taskId}"`);
    expect(formText).toContain('T-1 School assembly');
    const values = {
      q_progress: { answer: { type: 'plain_text_input', value: 'Assembly planned' } },
      [`task_${taskId}`]: { answer: { type: 'static_select', selected_option: { value: 'at_risk' } } },
      [`tasknote_${taskId}`]: { answer: { type: 'plain_text_input', value: '' } },
    };
    const missingNote = await world.driver.viewSubmission({ userId: 'U0PAT', view: form as never, values });
    expect(missingNote.body).toMatchObject({
      response_action: 'errors',
      errors: { [`tasknote_${taskId}`]: expect.stringMatching(/why it is at risk/) },
    });
    const withNote = {
      ...values,
      [`tasknote_${taskId}`]: { answer: { type: 'plain_text_input', value: 'Hall double-booked' } },
    };
    await world.driver.viewSubmission({ userId: 'U0PAT', view: form as never, values: withNote });
    await world.settle();
    expect(task(1)?.status).toBe('at_risk');
  });
});

describe('due reminders', () => {
  it('sends one batched DM per person per day at their local morning, never at the weekend', async () => {
    await command('U0COORD', 'assign <@U0SAM> Health leaflet due:2026-12-01');
    await command('U0COORD', 'assign <@U0SAM> Venue booking due:2026-11-29');
    const reminders = () => dmsTo('U0SAM').filter((message) => /nudge/.test(JSON.stringify(message.blocks)));
    // Step through five days every 30 minutes; New York mornings start at 14:00 UTC.
    const sentAt: string[] = [];
    for (let at = Date.parse('2026-11-26T00:00:00Z'); at < Date.parse('2026-12-03T00:00:00Z'); at += 30 * 60_000) {
      const before = reminders().length;
      world.clock.set(new Date(at));
      await world.app.tick(new Date(at));
      if (reminders().length > before)
        sentAt.push(DateTime.fromMillis(at, { zone: 'America/New_York' }).toFormat('ccc d HH:mm'));
    }
    // Fri 27: T-2 two days before. Sat/Sun: quiet. Mon 30: T-2 overdue (since Mon) and T-1... two days before was Sun: sent Mon.
    expect(sentAt).toEqual(['Fri 27 09:00', 'Mon 30 09:00', 'Wed 2 09:00']);
    const monday = JSON.stringify(reminders()[1]?.blocks);
    expect(monday).toContain('T-1');
    expect(monday).toContain('T-2');
  });
});
