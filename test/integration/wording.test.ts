import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COALITION_CHANNEL, setUpCoalition } from '../helpers/checkin-world.js';
import { startTestWorld, type TestWorld } from '../helpers/test-world.js';

let world: TestWorld;

async function command(userId: string, text: string) {
  await world.driver.command({ userId, channelId: COALITION_CHANNEL, text });
  await world.settle();
  const answer = world.sim.messages({ kind: 'response_url' }).at(-1);
  return { text: answer?.text ?? '', blocks: JSON.stringify(answer?.blocks ?? []) };
}

beforeAll(async () => {
  world = await startTestWorld({ start: '2026-11-24T10:00:00Z', overrides: { startScheduler: false } });
  await setUpCoalition(world, [
    { id: 'U0COORD', tz: 'Europe/London' },
    { id: 'U0ANNA', tz: 'America/New_York' },
  ]);
});
afterAll(async () => {
  await world.close();
});

describe('words people read', () => {
  it('asks “did you mean” for a near-miss subcommand', async () => {
    expect((await command('U0ANNA', 'taks')).text).toMatch(/Did you mean `tasks`\?/);
  });

  it('shows a partner their commands first and a coordinator theirs', async () => {
    const partner = (await command('U0ANNA', 'help')).blocks;
    expect(partner.indexOf('/coalition checkin')).toBeLessThan(partner.indexOf('For coordinators'));
    expect(partner.indexOf('/coalition assign')).toBeGreaterThan(partner.indexOf('For coordinators'));
    const coordinator = (await command('U0COORD', 'help')).blocks;
    expect(coordinator.indexOf('/coalition assign')).toBeLessThan(coordinator.indexOf('What everyone can do'));
  });

  it('refuses a question that asks for a child’s name, and changes nothing', async () => {
    const before = (await command('U0COORD', 'questions')).blocks;
    const refused = await command('U0COORD', 'question add "Which child are you worried about (name)?" short');
    expect(refused.text).toMatch(/identify a child or family/);
    expect(refused.text).not.toContain('worried about');
    expect((await command('U0COORD', 'questions')).blocks).toEqual(before);
    const accepted = await command('U0COORD', 'question add "How many families did you support?" short');
    expect(accepted.blocks).toContain('How many families did you support?');
  });

  it('puts titles beside ids and writes the audit log in words', async () => {
    await command('U0COORD', 'goal add "Every school has a named safeguarding lead"');
    await command('U0COORD', 'milestone add G-1 "20 schools confirmed" target:3');
    expect((await command('U0COORD', 'milestone progress M-1 2')).text).toContain(
      '*M-1 · 20 schools confirmed* is at 2 of 3',
    );
    const audit = (await command('U0COORD', 'audit')).blocks;
    expect(audit).toContain('updated the progress of *M-1 · 20 schools confirmed*');
    expect(audit).toContain('changed the check-in questions');
    expect(audit).toMatch(/<!date\^\d+\^\{date_short_pretty\} at \{time\}\|/);
    expect(audit).not.toMatch(/`[a-z]+\.[a-z_]+`|milestone\.progress|questions\.changed/);
  });

  it('shows the concern card with the local number a coordinator set, and only coordinators can set it', async () => {
    expect((await command('U0ANNA', 'contact social-care 0300 123 4567')).text).toMatch(/coordinator/);
    expect((await command('U0COORD', 'contact social-care 0300 123 4567')).text).toContain('0300 123 4567');
    for (const at of ['2026-11-30T09:00:00Z', '2026-11-30T14:00:00Z']) {
      world.clock.set(at);
      await world.app.tick(new Date(at));
    }
    await command('U0ANNA', 'checkin');
    const result = await world.driver.viewSubmission({
      userId: 'U0ANNA',
      view: world.sim.views().at(-1)?.view as never,
      values: { q_progress: { answer: { type: 'plain_text_input', value: 'The strategy meeting is tomorrow' } } },
    });
    const card = JSON.stringify(result.body);
    expect(card).toContain('front door: *0300 123 4567*');
    expect(card).toContain('NSPCC helpline: 0808 800 5000');
  });
});
