import { describe, expect, it } from 'vitest';
import {
  CHECKIN_ANSWER_ACTION,
  CHECKIN_BLOCK_PREFIX,
  CHECKIN_OVERRIDE_BLOCK,
  CHECKIN_SHARE_WIN_BLOCK,
  CHECKIN_STILL_BLOCKED_BLOCK,
} from '../../../../src/slack/ids.js';
import { readCheckinSubmission } from '../../../../src/slack/parse/checkin-view.js';

const answer = (key: string, value: string) => ({
  [`${CHECKIN_BLOCK_PREFIX}${key}`]: { [CHECKIN_ANSWER_ACTION]: { type: 'plain_text_input', value } },
});

describe('reading a submitted check-in form', () => {
  it('leaves out what the form did not ask: no reason to override, no earlier blocker', () => {
    expect(readCheckinSubmission({ ...answer('progress', 'Mapped the routes'), ...answer('win', '') })).toEqual({
      raw: { progress: 'Mapped the routes', win: '' },
      taskUpdates: {},
      shareWin: false,
    });
  });

  it('reads the override reason, the share-win tick and an unticked "still blocking?"', () => {
    const values = {
      ...answer('blockers', 'Waiting on the data-sharing agreement'),
      [CHECKIN_OVERRIDE_BLOCK.block]: {
        [CHECKIN_OVERRIDE_BLOCK.action]: { selected_option: { value: 'partner_staff' } },
      },
      [CHECKIN_SHARE_WIN_BLOCK.block]: { [CHECKIN_SHARE_WIN_BLOCK.action]: { selected_options: [{ value: 'share' }] } },
      [CHECKIN_STILL_BLOCKED_BLOCK.block]: { [CHECKIN_STILL_BLOCKED_BLOCK.action]: { selected_options: [] } },
    };
    expect(readCheckinSubmission(values)).toMatchObject({
      raw: { blockers: 'Waiting on the data-sharing agreement' },
      overrideReason: 'partner_staff',
      shareWin: true,
      stillBlocked: false,
    });
  });

  it('reads nothing from a state that is not a form state, rather than failing', () => {
    expect(readCheckinSubmission('not a state')).toEqual({ raw: {}, taskUpdates: {}, shareWin: false });
  });
});
