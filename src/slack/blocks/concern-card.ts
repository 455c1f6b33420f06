import type { types } from '@slack/bolt';
import { concernCard, type Jurisdiction } from '../../domain/privacy/index.js';
import { context, plainText, section } from './elements.js';

/** Shown after a check-in that mentions a concern: kind, practical, and never telling anyone not to raise it. */
export function concernCardView(jurisdiction: Jurisdiction): types.ModalView {
  const card = concernCard(jurisdiction);
  return {
    type: 'modal',
    title: plainText('Thank you', 24),
    close: plainText('Close', 24),
    blocks: [
      section(`*${card.title}*\n${card.lines.map((line) => `• ${line}`).join('\n')}`),
      context(
        'Your check-in was saved. The coalition channel is for coalition-level updates, so details about a particular child go through those routes instead.',
      ),
    ],
  };
}
