import { describe, expect, it } from 'vitest';
import { waitForScanner } from '../../../src/slack/middleware/scanner-gate.js';
import type { StepArgs } from '../../../src/slack/middleware/steps.js';

const request = {} as StepArgs;

describe('waitForScanner', () => {
  it('holds requests until the scanner has loaded, then lets every later one straight through', async () => {
    let release: () => void = () => undefined;
    const loading = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    const gate = waitForScanner(() => {
      asked += 1;
      return loading;
    });
    const passed: string[] = [];
    const first = gate(request, async () => void passed.push('first'));
    await Promise.resolve();
    expect(passed).toEqual([]);
    release();
    await first;
    expect(passed).toEqual(['first']);
    await gate(request, async () => void passed.push('second'));
    expect(passed).toEqual(['first', 'second']);
    expect(asked).toBe(1);
  });

  it('lets nothing through while loading fails, and asks again with the next request', async () => {
    let fail = true;
    const gate = waitForScanner(() => (fail ? Promise.reject(new Error('not loaded')) : Promise.resolve()));
    const passed: string[] = [];
    await expect(gate(request, async () => void passed.push('early'))).rejects.toThrow('not loaded');
    fail = false;
    await gate(request, async () => void passed.push('later'));
    expect(passed).toEqual(['later']);
  });
});
