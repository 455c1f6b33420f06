import { describe, expect, it } from 'vitest';
import { blockHtml } from '../../../src/sandbox/render/blocks.js';
import { renderContext } from '../../../src/sandbox/render/context.js';
import { mrkdwnToHtml } from '../../../src/sandbox/render/mrkdwn.js';
import { modalHtml } from '../../../src/sandbox/render/surfaces.js';

const ctx = renderContext({
  users: new Map([['U1', 'Amara Okafor']]),
  channels: new Map([['C1', 'northfield']]),
  tz: 'Europe/London',
  now: new Date('2026-11-25T12:00:00Z'),
  idPrefix: 't',
});
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });

describe('mrkdwn → HTML', () => {
  it.each([
    ['bold, italic, strike', '*a* _b_ ~c~', '<b>a</b> <i>b</i> <s>c</s>'],
    ['inline code keeps its stars', '`x *y*`', '<code>x *y*</code>'],
    ['a code block', '```\nline <1>\n```', '<pre>line &lt;1&gt;</pre>'],
    ['a quote (escaped, as Slack sends it)', '&gt; quoted', '<blockquote>quoted</blockquote>'],
    ['a bullet list', '• one\n• two', '<ul><li>one</li><li>two</li></ul>'],
    ['a numbered list', '1. one\n2. two', '<ol><li>one</li><li>two</li></ol>'],
    ['a user mention by name', '<@U1>', '<span class="mention mention-user" data-id="U1">@Amara Okafor</span>'],
    ['a channel mention', '<#C1>', '<span class="mention mention-channel" data-id="C1">#northfield</span>'],
    ['@here', '<!here>', '<span class="mention mention-broadcast" data-id="here">@here</span>'],
    ['an emoji shortcode', 'well done :tada:', 'well done 🎉'],
    ['an unknown shortcode stays as text', ':not_an_emoji:', ':not_an_emoji:'],
    [
      'a link with text',
      '<https://example.org/a?b=1&amp;c=2|the plan>',
      '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the plan</a>',
    ],
    ['a raw <script> tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an escaped <script> tag', '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [
      'markup in link text',
      '<https://example.org|&lt;img src=x onerror=alert(1)&gt;>',
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">&lt;img src=x onerror=alert(1)&gt;</a>',
    ],
    ['a javascript: link is not a link', '<javascript:alert(1)|click>', '&lt;javascript:alert(1)|click&gt;'],
    ['quotes in text', 'say "hi" & \'bye\'', 'say &quot;hi&quot; &amp; &#39;bye&#39;'],
    [
      'a date in the reader’s zone',
      '<!date^1795608000^{date_short_pretty} at {time}|fallback>',
      '<time>Today at 12:00 PM</time>',
    ],
    ['a date with a bad epoch falls back', '<!date^nope^{date}|25 Nov>', '<time>25 Nov</time>'],
  ])('%s', (_name, input, expected) => {
    expect(mrkdwnToHtml(input, ctx)).toBe(expected);
  });
});

describe('Block Kit → HTML', () => {
  it.each([
    [
      'header',
      { type: 'header', text: plain('Weekly <digest>') },
      ['<h3 class="bk-header-text">Weekly &lt;digest&gt;</h3>'],
    ],
    ['divider', { type: 'divider' }, ['<hr>']],
    [
      'section with fields and a button accessory',
      {
        type: 'section',
        block_id: 'b1',
        text: mrkdwn('*Hi*'),
        fields: [mrkdwn('one'), plain('two')],
        accessory: { type: 'button', action_id: 'go', text: plain('Check in'), style: 'primary', value: 'v1' },
      },
      [
        '<b>Hi</b>',
        '<div class="bk-field">one</div>',
        'class="bk-button bk-primary"',
        'data-action-id="go"',
        'data-value="v1"',
        '>Check in</button>',
      ],
    ],
    [
      'a danger button with a confirm dialog',
      {
        type: 'actions',
        block_id: 'a',
        elements: [
          {
            type: 'button',
            action_id: 'erase',
            style: 'danger',
            text: plain('Erase'),
            confirm: {
              title: plain('Sure?'),
              text: mrkdwn('This *cannot* be undone'),
              confirm: plain('Erase'),
              deny: plain('Keep'),
            },
          },
        ],
      },
      [
        'bk-danger',
        'role="alertdialog"',
        '<h3 id="t--a--erase-confirm-t">Sure?</h3>',
        '<b>cannot</b>',
        'data-confirm-answer="no">Keep</button>',
      ],
    ],
    [
      'context with text and an image',
      {
        type: 'context',
        elements: [mrkdwn('_small_'), { type: 'image', image_url: 'https://x.org/a.png', alt_text: 'logo' }],
      },
      ['<i>small</i>', '<img class="bk-image-element" src="https://x.org/a.png" alt="logo">'],
    ],
    [
      'image block with alt text and title',
      { type: 'image', image_url: 'https://x.org/c.png', alt_text: 'A chart', title: plain('Answers') },
      ['alt="A chart"', '<figcaption>Answers</figcaption>'],
    ],
    [
      'a multiline input with limits, hint and optional',
      {
        type: 'input',
        block_id: 'q_win',
        optional: true,
        label: plain('Your win'),
        hint: plain('One line is fine'),
        element: {
          type: 'plain_text_input',
          action_id: 'answer',
          multiline: true,
          min_length: 2,
          max_length: 500,
          initial_value: '<b>',
        },
      },
      [
        '<label class="bk-label" id="t--q_win--answer-label" for="t--q_win--answer">Your win <span class="bk-optional">(optional)</span></label>',
        '<textarea',
        'minlength="2"',
        'maxlength="500"',
        '&lt;b&gt;</textarea>',
        'aria-describedby="t--q_win--answer-hint"',
      ],
    ],
    [
      'a static select with its initial option',
      {
        type: 'input',
        block_id: 's',
        label: plain('Confidence'),
        element: {
          type: 'static_select',
          action_id: 'answer',
          options: [
            { text: plain('1'), value: '1' },
            { text: plain('2'), value: '2' },
          ],
          initial_option: { text: plain('2'), value: '2' },
        },
      },
      ['<select class="bk-select"', '<option value="2" selected>2</option>', 'data-bk="input"'],
    ],
    [
      'checkboxes and radio buttons, labelled by the block label',
      {
        type: 'input',
        block_id: 'c',
        label: plain('Share?'),
        element: { type: 'checkboxes', action_id: 'share', options: [{ text: plain('Share my win'), value: 'share' }] },
      },
      [
        'role="group"',
        'aria-labelledby="t--c--share-label"',
        'type="checkbox"',
        '<label for="t--c--share-0">Share my win</label>',
      ],
    ],
    [
      'radio buttons',
      {
        type: 'actions',
        block_id: 'r',
        elements: [{ type: 'radio_buttons', action_id: 'pick', options: [{ text: plain('A'), value: 'a' }] }],
      },
      ['role="radiogroup"', 'type="radio"'],
    ],
    [
      'datepicker, timepicker and overflow',
      {
        type: 'actions',
        block_id: 'd',
        elements: [
          { type: 'datepicker', action_id: 'day', initial_date: '2026-12-01' },
          { type: 'timepicker', action_id: 'at', initial_time: '09:30' },
          { type: 'overflow', action_id: 'more', options: [{ text: plain('Edit'), value: 'edit' }] },
        ],
      },
      [
        'type="date"',
        'value="2026-12-01"',
        'type="time"',
        'value="09:30"',
        'aria-label="More actions"',
        '<option value="edit">Edit</option>',
      ],
    ],
    [
      'rich text with styles, a list and a user',
      {
        type: 'rich_text',
        elements: [
          {
            type: 'rich_text_section',
            elements: [
              { type: 'text', text: 'bold', style: { bold: true } },
              { type: 'user', user_id: 'U1' },
            ],
          },
          {
            type: 'rich_text_list',
            style: 'ordered',
            elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: '<i>' }] }],
          },
        ],
      },
      ['<b>bold</b>', '@Amara Okafor', '<ol class="bk-rich-list"><li>&lt;i&gt;</li></ol>'],
    ],
    [
      'an unknown block is labelled, not dropped',
      { type: 'video', title: plain('x') },
      ['role="note"', 'Unsupported block: video'],
    ],
    [
      'an unknown element is labelled',
      { type: 'actions', elements: [{ type: 'workflow_button', action_id: 'w' }] },
      ['Unsupported element: workflow_button'],
    ],
  ])('%s', (_name, block, fragments) => {
    const html = blockHtml(block, 0, { ctx });
    for (const fragment of fragments) expect(html).toContain(fragment);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes a <script> in every text it shows', () => {
    const evil = '<script>alert(1)</script>';
    const blocks = [
      { type: 'header', text: plain(evil) },
      { type: 'section', text: plain(evil), fields: [mrkdwn(evil)] },
      { type: 'context', elements: [mrkdwn(evil)] },
      {
        type: 'input',
        block_id: evil,
        label: plain(evil),
        element: { type: 'plain_text_input', action_id: evil, initial_value: evil, placeholder: plain(evil) },
      },
      { type: 'actions', elements: [{ type: 'button', text: plain(evil), action_id: 'x', value: evil }] },
      { type: 'image', image_url: 'https://x.org/a.png', alt_text: evil },
      { type: evil },
    ];
    for (const [index, block] of blocks.entries()) expect(blockHtml(block, index, { ctx })).not.toMatch(/<script/i);
  });

  it('shows a field error beside its input, tied with aria-describedby, keeping what was typed', () => {
    const html = modalHtml(
      {
        view: {
          id: 'V1',
          title: plain('Check-in'),
          submit: plain('Send'),
          close: plain('Cancel'),
          blocks: [
            {
              type: 'input',
              block_id: 'q',
              label: plain('Progress'),
              element: { type: 'plain_text_input', action_id: 'answer' },
            },
          ],
        },
        errors: { q: 'This looks like a phone number.' },
        kept: { q: { answer: ['call 07700 900123'] } },
        depth: 1,
      },
      { ctx },
    );
    expect(html).toContain('role="dialog"');
    expect(html).toContain('aria-labelledby="modal-title--V1"');
    expect(html).toContain('<h2 id="modal-title--V1">Check-in</h2>');
    expect(html).toContain('aria-describedby="v--V1--q--answer-error"');
    expect(html).toContain(
      '<div class="bk-error" id="v--V1--q--answer-error" role="alert">This looks like a phone number.</div>',
    );
    expect(html).toContain('value="call 07700 900123"');
    expect(html).toContain('>Cancel</button><button type="submit" class="bk-button bk-primary">Send</button>');
  });
});
