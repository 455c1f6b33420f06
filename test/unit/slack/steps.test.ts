import { describe, expect, it } from 'vitest';
import { inOrder, type Step, type StepArgs } from '../../../src/slack/middleware/steps.js';

/** Runs the one Bolt middleware inOrder makes, as Bolt would, and says what ran. */
async function runAsBolt(steps: Step[], seen: string[] = []) {
  const args = {
    body: { type: 'block_actions' },
    next: async () => {
      seen.push('bolt next');
    },
  } as unknown as StepArgs;
  await inOrder(steps)(args);
  return { seen, args };
}

describe('inOrder', () => {
  it('runs each step with what Bolt gave, then the next, and Bolt’s own next after the last', async () => {
    const given: unknown[] = [];
    const step =
      (name: string): Step =>
      async (args, next) => {
        given.push(args);
        seen.push(`${name} before`);
        await next();
        seen.push(`${name} after`);
      };
    const seen: string[] = [];
    const result = await runAsBolt([step('a'), step('b')], seen);
    expect(seen).toEqual(['a before', 'b before', 'bolt next', 'b after', 'a after']);
    expect(given[0]).toBe(result.args);
    expect(given[1]).toBe(result.args);
  });

  it('stops where a step does not go on', async () => {
    const ran: string[] = [];
    const { seen } = await runAsBolt([
      async () => {
        ran.push('refuses');
      },
      async (_args, next) => {
        ran.push('never');
        await next();
      },
    ]);
    expect(ran).toEqual(['refuses']);
    expect(seen).toEqual([]);
  });

  it('passes a failure back to Bolt, which hands it to the error handler', async () => {
    await expect(
      runAsBolt([
        async () => {
          throw new Error('boom');
        },
      ]),
    ).rejects.toThrow('boom');
  });
});
